package io.lbaas.it.privatenetwork;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachments of load balancers to private networks, in the regional and the zoned path forms. */
class PrivateNetworkIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void anAttachmentWithAnIpamIdIsPendingAndCountedUntilDetached() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = api.createLb(token, tenant.project(), "private");
        UUID network = UUID.randomUUID();
        UUID ipam = UUID.randomUUID();

        Api.Response attached = api.post(token, Api.REGION + "/lbs/" + lb + "/private-networks/" + network
                + "/attach", "{\"ipam_ids\":[\"" + ipam + "\"]}");

        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        JsonNode attachment = attached.json();
        assertThat(attachment.get("private_network_id").asText()).isEqualTo(network.toString());
        assertThat(attachment.get("status").asText()).isEqualTo("pending");
        assertThat(attachment.get("ipam_ids").toString()).isEqualTo("[\"" + ipam + "\"]");
        assertThat(attachment.get("dhcp_config").get("ip_id").asText()).isEqualTo(ipam.toString());
        assertThat(attachment.get("static_config").isNull()).isTrue();
        assertThat(attachment.get("lb").get("private_network_count").asInt()).isEqualTo(1);
        JsonNode listed = api.get(token, ZONE + "/lbs/" + lb + "/private-networks?order_by=created_at_desc").json();
        assertThat(listed.get("total_count").asInt()).isEqualTo(1);
        assertThat(listed.get("private_network").get(0).get("private_network_id").asText())
                .isEqualTo(network.toString());

        Api.Response again = api.post(token, ZONE + "/lbs/" + lb + "/attach-private-network",
                "{\"private_network_id\":\"" + network + "\"}");
        assertThat(again.status()).isEqualTo(409);

        Api.Response detached = api.post(token, Api.REGION + "/lbs/" + lb + "/private-networks/" + network
                + "/detach", "{}");
        assertThat(detached.status()).isEqualTo(204);
        assertThat(api.get(token, ZONE + "/lbs/" + lb).json().get("private_network_count").asInt()).isZero();
        assertThat(api.post(token, Api.REGION + "/lbs/" + lb + "/private-networks/" + network + "/detach", "{}")
                .status()).isEqualTo(404);
    }

    @Test
    void theZonedFormAndTheDeprecatedConfigurationsAreAccepted() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = api.createLb(token, tenant.project(), "zoned");
        UUID fixed = UUID.randomUUID();
        UUID booked = UUID.randomUUID();

        Api.Response withStatic = api.post(token, ZONE + "/lbs/" + lb + "/attach-private-network",
                "{\"private_network_id\":\"" + fixed + "\",\"static_config\":{\"ip_address\":[\"172.16.0.10/24\"]}}");
        Api.Response withNothing = api.post(token, ZONE + "/lbs/" + lb + "/attach-private-network",
                "{\"private_network_id\":\"" + booked + "\"}");
        Api.Response withTwo = api.post(token, ZONE + "/lbs/" + lb + "/attach-private-network",
                "{\"private_network_id\":\"" + UUID.randomUUID() + "\",\"static_config\":{\"ip_address\":"
                        + "[\"172.16.0.11\"]},\"dhcp_config\":{}}");
        Api.Response badAddress = api.post(token, ZONE + "/lbs/" + lb + "/attach-private-network",
                "{\"private_network_id\":\"" + UUID.randomUUID() + "\",\"static_config\":{\"ip_address\":"
                        + "[\"172.16.0.300\"]}}");

        assertThat(withStatic.status()).as(withStatic.body()).isEqualTo(200);
        assertThat(withStatic.json().get("static_config").get("ip_address").toString())
                .isEqualTo("[\"172.16.0.10/24\"]");
        assertThat(withStatic.json().get("dhcp_config").isNull()).isTrue();
        assertThat(withNothing.status()).as(withNothing.body()).isEqualTo(200);
        assertThat(withNothing.json().get("ipam_ids")).as("an address is booked").hasSize(1);
        assertThat(withTwo.status()).isEqualTo(400);
        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(badAddress.json().get("details").get(0).get("argument_name").asText())
                .isEqualTo("static_config.ip_address[0]");

        assertThat(api.post(token, ZONE + "/lbs/" + lb + "/detach-private-network", "{\"private_network_id\":\""
                + fixed + "\"}").status()).isEqualTo(204);
        assertThat(api.delete(token, ZONE + "/lbs/" + lb).status()).isEqualTo(204);
        assertThat(api.get(token, ZONE + "/lbs/" + lb + "/private-networks").status()).isEqualTo(404);
    }

    @Test
    void anotherTenantCannotSeeOrChangeAnLbsNetworks() {
        Tenant owner = system.tenants().create();
        String lb = api.createLb(owner.writerToken(), owner.project(), "owned");
        UUID network = UUID.randomUUID();
        api.post(owner.writerToken(), ZONE + "/lbs/" + lb + "/attach-private-network", "{\"private_network_id\":\""
                + network + "\"}");
        String stranger = system.tenants().create().writerToken();

        for (Api.Response answer : List.of(
                api.get(stranger, ZONE + "/lbs/" + lb + "/private-networks"),
                api.post(stranger, ZONE + "/lbs/" + lb + "/attach-private-network", "{\"private_network_id\":\""
                        + UUID.randomUUID() + "\"}"),
                api.post(stranger, ZONE + "/lbs/" + lb + "/detach-private-network", "{\"private_network_id\":\""
                        + network + "\"}"),
                api.post(stranger, Api.REGION + "/lbs/" + lb + "/private-networks/" + network + "/detach", "{}"))) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        }
        assertThat(api.get(owner.readerToken(), ZONE + "/lbs/" + lb).json().get("private_network_count").asInt())
                .isEqualTo(1);
    }
}
