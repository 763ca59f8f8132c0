package io.lbaas.it.ip;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.Concurrently;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.events.log.EventLogPartitioner;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Flexible IPs: from the zone's pool, on their own or with a load balancer, never one address twice. */
class IpIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void aNewLoadBalancerGetsAnIpv4FromItsZonesPoolAndOptionallyAnIpv6() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();

        JsonNode lb = api.post(token, ZONE + "/lbs", "{\"project_id\":\"" + tenant.project() + "\"}").json();
        JsonNode dual = api.post(token, ZONE + "/lbs", "{\"project_id\":\"" + tenant.project()
                + "\",\"assign_flexible_ipv6\":true}").json();
        JsonNode none = api.post(token, ZONE + "/lbs", "{\"project_id\":\"" + tenant.project()
                + "\",\"assign_flexible_ip\":false}").json();

        JsonNode ip = lb.get("ip").get(0);
        assertThat(lb.get("ip")).hasSize(1);
        assertThat(ip.get("ip_address").asText()).startsWith("127.77.");
        assertThat(ip.get("lb_id").asText()).isEqualTo(lb.get("id").asText());
        assertThat(ip.get("reverse").asText()).isEqualTo(ip.get("ip_address").asText().replace('.', '-')
                + ".lb.fr-par.lbaas.internal");
        assertThat(ip.get("zone").asText()).isEqualTo("fr-par-1");
        assertThat(dual.get("ip")).extracting(address -> address.get("ip_address").asText())
                .anySatisfy(address -> assertThat(address).startsWith("127.77."))
                .anySatisfy(address -> assertThat(address).startsWith("fd77:0:0:1::"));
        assertThat(none.get("ip")).isEmpty();
        assertThat(api.get(token, ZONE + "/ips/" + ip.get("id").asText()).body()).isEqualTo(ip.toString());
    }

    @Test
    void anIpKeptFromADeletedLoadBalancerServesTheNextOne() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        JsonNode first = api.post(token, ZONE + "/lbs", "{\"project_id\":\"" + tenant.project() + "\"}").json();
        String ip = first.get("ip").get(0).get("id").asText();

        assertThat(api.delete(token, ZONE + "/lbs/" + first.get("id").asText() + "?release_ip=false").status())
                .isEqualTo(204);
        JsonNode kept = api.get(token, ZONE + "/ips/" + ip).json();
        JsonNode second = api.post(token, ZONE + "/lbs", "{\"project_id\":\"" + tenant.project() + "\",\"ip_ids\":[\""
                + ip + "\"]}").json();

        assertThat(kept.get("lb_id").isNull()).isTrue();
        assertThat(second.get("ip")).hasSize(1);
        assertThat(second.get("ip").get(0).get("id").asText()).as("no new IPv4 when one is named").isEqualTo(ip);
        assertThat(api.delete(token, ZONE + "/lbs/" + second.get("id").asText() + "?release_ip=true").status())
                .isEqualTo(204);
        assertThat(api.get(token, ZONE + "/ips/" + ip).status()).isEqualTo(404);
    }

    @Test
    void anIpIsCreatedUpdatedAttachedDetachedAndReleased() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        JsonNode ip = api.post(token, ZONE + "/ips", "{\"project_id\":\"" + tenant.project()
                + "\",\"reverse\":\"www.example.com\",\"tags\":[\"edge\"]}").json();
        String ipPath = ZONE + "/ips/" + ip.get("id").asText();
        String lb = api.post(token, ZONE + "/lbs", "{\"project_id\":\"" + tenant.project()
                + "\",\"assign_flexible_ip\":false}").json().get("id").asText();

        Api.Response renamed = api.send(token, "PATCH", ipPath, "{\"reverse\":\"api.example.com\"}");
        Api.Response attached = api.send(token, "PATCH", ipPath, "{\"lb_id\":\"" + lb + "\"}");
        Api.Response inUse = api.delete(token, ipPath);
        JsonNode lbWithIp = api.get(token, ZONE + "/lbs/" + lb).json();
        Api.Response detached = api.send(token, "PATCH", ipPath, "{\"lb_id\":null,\"tags\":null}");

        assertThat(ip.get("lb_id").isNull()).isTrue();
        assertThat(renamed.json().get("reverse").asText()).isEqualTo("api.example.com");
        assertThat(renamed.json().get("tags")).extracting(JsonNode::asText).containsExactly("edge");
        assertThat(attached.json().get("lb_id").asText()).isEqualTo(lb);
        assertThat(inUse.status()).isEqualTo(412);
        assertThat(lbWithIp.get("ip").get(0).get("id").asText()).isEqualTo(ip.get("id").asText());
        assertThat(detached.json().get("lb_id").isNull()).isTrue();
        assertThat(detached.json().get("tags")).isEmpty();
        assertThat(api.get(token, ZONE + "/lbs/" + lb).json().get("ip")).isEmpty();
        assertThat(api.delete(token, ipPath).status()).isEqualTo(204);
        assertThat(api.get(token, ipPath).status()).isEqualTo(404);
    }

    /**
     * Projects of one partition draw from the same share of the pool, each under its own project lock: only the
     * share's lock keeps them from taking the same address. The tenants here all land on one partition.
     */
    @Test
    void concurrentTenantsNeverShareAnAddress() throws Exception {
        List<Tenant> tenants = new ArrayList<>();
        int partition = EventLogPartitioner.partitionFor(UUID.randomUUID(), EventLogWriter.PARTITIONS);
        while (tenants.size() < 8) {
            UUID project = UUID.randomUUID();
            if (EventLogPartitioner.partitionFor(project, EventLogWriter.PARTITIONS) == partition) {
                tenants.add(system.tenants().create(List.of(project)));
            }
        }
        List<String> tokens = tenants.stream().map(Tenant::writerToken).toList();
        List<Callable<Api.Response>> creates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int tenant = i % tenants.size();
            creates.add(() -> api.post(tokens.get(tenant), ZONE + "/lbs",
                    "{\"project_id\":\"" + tenants.get(tenant).project() + "\"}"));
        }

        List<Api.Response> answers = Concurrently.run(creates);

        assertThat(answers).extracting(Api.Response::status).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.json().get("ip").get(0).get("ip_address").asText())
                .hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void ipsAreListedWithTheirFiltersAndHiddenFromOtherTenants() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String v4 = api.post(token, ZONE + "/ips", "{\"project_id\":\"" + tenant.project() + "\",\"tags\":[\"a\"]}")
                .json().get("id").asText();
        api.post(token, ZONE + "/ips", "{\"project_id\":\"" + tenant.project() + "\",\"is_ipv6\":true}");
        String bob = system.tenants().create().writerToken();

        assertThat(api.get(token, ZONE + "/ips").json().get("total_count").asInt()).isEqualTo(2);
        assertThat(api.get(token, ZONE + "/ips?ip_type=ipv6").json().get("ips").get(0).get("ip_address").asText())
                .contains(":");
        assertThat(api.get(token, ZONE + "/ips?tags=a").json().get("ips").get(0).get("id").asText()).isEqualTo(v4);
        assertThat(api.get(token, "/lb/v1/zones/fr-par-2/ips").json().get("total_count").asInt()).isZero();
        assertThat(api.get(bob, ZONE + "/ips").json().get("total_count").asInt()).isZero();
        assertThat(api.get(bob, ZONE + "/ips/" + v4).status()).isEqualTo(404);
        assertThat(api.send(bob, "PATCH", ZONE + "/ips/" + v4, "{\"reverse\":\"x.example\"}").status())
                .isEqualTo(404);
        assertThat(api.delete(bob, ZONE + "/ips/" + v4).status()).isEqualTo(404);
    }

    @Test
    void badIpInputNamesTheArgument() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();

        assertThat(argument(api.post(token, ZONE + "/ips", "{\"project_id\":\"" + tenant.project()
                + "\",\"reverse\":\"not a name\"}"))).isEqualTo("reverse");
        assertThat(argument(api.post(token, ZONE + "/ips", "{\"is_ipv6\":\"yes\"}"))).isEqualTo("is_ipv6");
        assertThat(argument(api.get(token, ZONE + "/ips?ip_type=ipv5"))).isEqualTo("ip_type");
        String ip = api.post(token, ZONE + "/ips", "{\"project_id\":\"" + tenant.project() + "\"}").json()
                .get("id").asText();
        assertThat(argument(api.send(token, "PATCH", ZONE + "/ips/" + ip, "{\"lb_id\":\"x\"}"))).isEqualTo("lb_id");
        assertThat(argument(api.send(token, "PATCH", ZONE + "/ips/" + ip, "{\"tags\":\"x\"}"))).isEqualTo("tags");
    }

    private static String argument(Api.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().get("details").get(0).get("argument_name").asText();
    }
}
