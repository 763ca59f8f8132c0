package io.lbaas.api.ovh.frontend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.lbaas.events.ovh.OvhFrontendSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OvhFrontendViewTest {

    /** The API's own mapper names properties in snake_case; OVH's models must keep their camelCase. */
    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Test
    void anHttpFrontendHasItsHttpPropertiesBesideTheOthersAndSendsNullsAsNull() throws Exception {
        String json = mapper.writeValueAsString(OvhFrontendView.of(entity("http"), spec(), 4L, 2L));

        assertThat(json).isEqualTo("{\"dedicatedIpfo\":null,\"defaultFarmId\":4,\"disabled\":false,"
                + "\"displayName\":null,\"frontendId\":7,\"port\":\"80,8000-8010\",\"zone\":\"all\","
                + "\"allowedSource\":null,\"defaultSslId\":2,\"deniedSource\":[\"10.0.0.0/8\"],\"ssl\":false,"
                + "\"vrackNetworkId\":null,\"vrackVrouterId\":null,\"hsts\":false,\"httpHeader\":[\"X-Port %cp\"],"
                + "\"redirectLocation\":null}");
    }

    @Test
    void aTcpFrontendHasNoHttpProperties() throws Exception {
        String json = mapper.writeValueAsString(OvhFrontendView.of(entity("tcp"), spec(), null, null));

        assertThat(json).doesNotContain("hsts", "httpHeader", "redirectLocation", "httpOnly", "http_only")
                .contains("\"defaultFarmId\":null");
    }

    @Test
    void aUdpFrontendHasOnlyWhatOvhsFrontendUdpHas() throws Exception {
        String json = mapper.writeValueAsString(OvhFrontendView.of(entity("udp"), spec(), 3L, null));

        assertThat(json).isEqualTo("{\"dedicatedIpfo\":null,\"defaultFarmId\":3,\"disabled\":false,"
                + "\"displayName\":null,\"frontendId\":7,\"port\":\"80,8000-8010\",\"zone\":\"all\"}");
    }

    private static OvhFrontendEntity entity(String protocol) {
        OvhFrontendEntity entity = new OvhFrontendEntity();
        entity.frontendId = 7;
        entity.protocol = protocol;
        return entity;
    }

    private static OvhFrontendSpec spec() {
        return new OvhFrontendSpec("all", "80,8000-8010", null, null, List.of("10.0.0.0/8"), null, false, null,
                false, false, List.of("X-Port %cp"), null, null);
    }
}
