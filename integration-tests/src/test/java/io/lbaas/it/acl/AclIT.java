package io.lbaas.it.acl;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ACLs of a frontend through both forms: every match and action, set-all, cascades and tenancy. */
class AclIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void anAclKeepsItsMatchAndActionAsScalewayAnswersThem() {
        Setup setup = setup("http");

        Api.Response created = api.post(setup.token, ZONE + "/frontends/" + setup.frontend + "/acls", """
                {"name":"test-acl-basic","action":{"type":"allow","redirect":null},
                 "match":{"ip_subnet":["192.168.0.1","192.168.10.0/24","2001:DB8::/32"],"ips_edge_services":false,
                          "http_filter":"acl_http_filter_none","http_filter_value":null,"http_filter_option":null,
                          "invert":true},
                 "index":4,"description":"a description"}""");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode acl = created.json();
        assertThat(acl.get("match").toString()).isEqualTo("{\"ip_subnet\":[\"192.168.0.1\",\"192.168.10.0/24\","
                + "\"2001:db8::/32\"],\"ips_edge_services\":false,\"http_filter\":\"acl_http_filter_none\","
                + "\"http_filter_value\":[],\"http_filter_option\":null,\"invert\":true}");
        assertThat(acl.get("action").toString()).isEqualTo("{\"type\":\"allow\",\"redirect\":null}");
        assertThat(acl.get("index").asInt()).isEqualTo(4);
        assertThat(acl.get("frontend").get("id").asText()).isEqualTo(setup.frontend);
        assertThat(acl.get("frontend").get("backend").get("lb").get("id").asText()).isEqualTo(setup.lb);
        String id = acl.get("id").asText();
        assertThat(api.get(setup.token, Api.REGION + "/acls/" + id).body()).isEqualTo(created.body());

        Api.Response updated = api.put(setup.token, ZONE + "/acls/" + id, """
                {"name":"to-https","index":1,"action":{"type":"redirect","redirect":{"type":"scheme","target":"https"}},
                 "match":{"http_filter":"path_begin","http_filter_value":["/admin","/login"]}}""");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("action").toString())
                .isEqualTo("{\"type\":\"redirect\",\"redirect\":{\"type\":\"scheme\",\"target\":\"https\","
                        + "\"code\":302}}");
        assertThat(updated.json().get("match").get("ip_subnet").toString()).isEqualTo("[\"0.0.0.0/0\"]");
        assertThat(updated.json().get("description").asText()).isEmpty();
    }

    @Test
    void headerFiltersNameTheirHeaderAndHttpFiltersNeedAnHttpFrontend() {
        Setup http = setup("http");
        Setup tcp = setup("tcp");
        String header = """
                {"name":"api-key","index":0,"action":{"type":"deny"},
                 "match":{"http_filter":"http_header_match","http_filter_value":["secret"],
                          "http_filter_option":"X-Api-Key"}}""";

        Api.Response onHttp = api.post(http.token, ZONE + "/frontends/" + http.frontend + "/acls", header);
        Api.Response onTcp = api.post(tcp.token, ZONE + "/frontends/" + tcp.frontend + "/acls", header);
        Api.Response withoutHeader = api.post(http.token, ZONE + "/frontends/" + http.frontend + "/acls",
                header.replace("\"http_filter_option\":\"X-Api-Key\"", "\"invert\":false"));

        assertThat(onHttp.status()).as(onHttp.body()).isEqualTo(200);
        assertThat(onHttp.json().get("match").get("http_filter_option").asText()).isEqualTo("X-Api-Key");
        assertThat(onTcp.status()).isEqualTo(400);
        assertThat(onTcp.json().get("details").get(0).get("argument_name").asText()).isEqualTo("match.http_filter");
        assertThat(withoutHeader.status()).isEqualTo(400);
        assertThat(withoutHeader.json().get("details").get(0).get("argument_name").asText())
                .isEqualTo("match.http_filter_option");
        assertThat(api.get(tcp.token, ZONE + "/frontends/" + tcp.frontend + "/acls").json().get("total_count")
                .asInt()).isZero();
    }

    @Test
    void setAclsReplacesTheWholeListAtOnce() {
        Setup setup = setup("http");
        String acls = ZONE + "/frontends/" + setup.frontend + "/acls";
        String old = api.post(setup.token, acls, "{\"name\":\"old\",\"index\":0,\"action\":{\"type\":\"deny\"}}")
                .json().get("id").asText();

        Api.Response set = api.put(setup.token, acls, """
                {"acls":[{"name":"second","index":2,"description":"","action":{"type":"allow"},
                          "match":{"ip_subnet":["10.0.0.0/8"]}},
                         {"name":"first","index":1,"description":"","action":{"type":"deny"}}]}""");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("total_count").asInt()).isEqualTo(2);
        assertThat(names(set.json())).containsExactly("first", "second");
        assertThat(api.get(setup.token, ZONE + "/acls/" + old).status()).isEqualTo(404);
        assertThat(names(api.get(setup.token, acls + "?order_by=name_desc").json()))
                .containsExactly("second", "first");

        Api.Response bad = api.put(setup.token, acls, """
                {"acls":[{"name":"fine","index":0,"action":{"type":"allow"}},
                         {"name":"bad","index":1,"action":{"type":"allow"},"match":{"ip_subnet":["10.0.0.300"]}}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("details").get(0).get("argument_name").asText())
                .isEqualTo("acls[1].match.ip_subnet[0]");
        assertThat(api.get(setup.token, acls).json().get("total_count").asInt()).as("nothing changed").isEqualTo(2);
    }

    @Test
    void aclsGoWithTheirFrontendAndAreInvisibleToOtherTenants() {
        Setup setup = setup("http");
        String acl = api.post(setup.token, ZONE + "/frontends/" + setup.frontend + "/acls",
                "{\"name\":\"a\",\"index\":0,\"action\":{\"type\":\"deny\"}}").json().get("id").asText();
        String stranger = system.tenants().create().writerToken();

        for (Api.Response answer : List.of(
                api.get(stranger, ZONE + "/acls/" + acl),
                api.put(stranger, ZONE + "/acls/" + acl,
                        "{\"name\":\"x\",\"index\":0,\"action\":{\"type\":\"allow\"}}"),
                api.delete(stranger, ZONE + "/acls/" + acl),
                api.get(stranger, ZONE + "/frontends/" + setup.frontend + "/acls"),
                api.post(stranger, ZONE + "/frontends/" + setup.frontend + "/acls",
                        "{\"name\":\"x\",\"index\":0,\"action\":{\"type\":\"allow\"}}"),
                api.put(stranger, ZONE + "/frontends/" + setup.frontend + "/acls", "{\"acls\":[]}"))) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        }

        assertThat(api.delete(setup.token, ZONE + "/frontends/" + setup.frontend).status()).isEqualTo(204);
        assertThat(api.get(setup.token, ZONE + "/acls/" + acl).status()).isEqualTo(404);
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("acls").forEach(acl -> names.add(acl.get("name").asText()));
        return names;
    }

    private record Setup(String token, String lb, String frontend) {
    }

    private static Setup setup(String protocol) {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = api.post(token, ZONE + "/lbs", "{\"project_id\":\"" + tenant.project() + "\"}").json()
                .get("id").asText();
        String backend = api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"forward_port\":8080,"
                + "\"forward_protocol\":\"" + protocol + "\"}").json().get("id").asText();
        String frontend = api.post(token, ZONE + "/lbs/" + lb + "/frontends", "{\"inbound_port\":80,"
                + "\"backend_id\":\"" + backend + "\"}").json().get("id").asText();
        return new Setup(token, lb, frontend);
    }
}
