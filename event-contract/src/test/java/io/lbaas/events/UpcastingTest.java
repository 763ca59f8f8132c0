package io.lbaas.events;

import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbUpdated;
import io.lbaas.events.ovh.OvhFrontendCreated;
import io.lbaas.events.ovh.OvhFrontendUpdated;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UpcastingTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void aVersion1LbCreatedIsReadAsTheCurrentVersionWithTheDefaultSslLevel() {
        EventEnvelope read = decode("LbCreated", 1, """
                {"name":"web","description":"old","type":"LB-S","tags":["a"]}""");

        assertThat(read.schemaVersion()).isEqualTo(2);
        assertThat(read.payload()).isEqualTo(new LbCreated("web", "old", "LB-S", List.of("a"),
                "ssl_compatibility_level_intermediate"));
    }

    @Test
    void aVersion1LbUpdatedIsReadAsTheCurrentVersion() {
        EventEnvelope read = decode("LbUpdated", 1, """
                {"name":"web-2","description":"","tags":[]}""");

        assertThat(read.payload()).isEqualTo(new LbUpdated("web-2", "", List.of(),
                "ssl_compatibility_level_intermediate"));
    }

    @Test
    void theCurrentVersionIsReadAsWritten() {
        EventEnvelope read = decode("LbCreated", 2, """
                {"name":"web","description":"","type":"LB-S","tags":[],
                 "ssl_compatibility_level":"ssl_compatibility_level_modern"}""");

        assertThat(((LbCreated) read.payload()).sslCompatibilityLevel()).isEqualTo("ssl_compatibility_level_modern");
    }

    @Test
    void version1OvhFrontendEventsAreReadWithoutADefaultCertificate() {
        String spec = """
                {"zone":"all","port":"443","default_backend_id":null,"allowed_source":[],"denied_source":[],
                 "dedicated_ipfo":[],"disabled":false,"display_name":"web","ssl":false,"hsts":false,
                 "http_header":null,"redirect_location":null}""";
        EventEnvelope created = decode("OvhFrontendCreated", 1, """
                {"lb_id":"%s","protocol":"http","frontend_id":3,"spec":%s}""".formatted(UUID.randomUUID(), spec));
        EventEnvelope updated = decode("OvhFrontendUpdated", 1, "{\"spec\":" + spec + "}");

        assertThat(created.schemaVersion()).isEqualTo(2);
        OvhFrontendCreated createdPayload = (OvhFrontendCreated) created.payload();
        assertThat(createdPayload.frontendId()).isEqualTo(3);
        assertThat(createdPayload.spec().port()).isEqualTo("443");
        assertThat(createdPayload.spec().defaultSslId()).isNull();
        assertThat(((OvhFrontendUpdated) updated.payload()).spec().displayName()).isEqualTo("web");
    }

    private EventEnvelope decode(String type, int version, String payload) {
        String json = """
                {"event_id":"%s","type":"%s","schema_version":%d,"occurred_at":"2026-11-23T10:15:30Z",
                 "region":"fr-par","zone":"fr-par-1","organization_id":"%s","project_id":"%s",
                 "aggregate_type":"lb","aggregate_id":"%s","aggregate_version":1,"payload":%s}
                """.formatted(UUID.randomUUID(), type, version, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), payload);
        return codec.decode(json.getBytes(StandardCharsets.UTF_8));
    }
}
