package io.lbaas.it.core;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import io.lbaas.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.lbaas.it.support.Api.REGION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 1: the read models are derived data. Dropped and rebuilt from the log by the operators' rebuild, they
 * give the same API answers, byte for byte, timestamps included.
 */
class ReplayIT {

    private static final TestCertificates.Issued AUTHORITY = TestCertificates.authority("ReplayIT CA");

    private static final int PROJECTS = 5;
    private static final int LBS_PER_PROJECT = 24;
    private static final int LBS_WITH_CHILDREN = 3;
    private static final int PAGE_SIZE = 15;

    @Test
    void rebuildingTheReadModelsFromTheLogGivesByteIdenticalAnswers() throws Exception {
        SystemUnderTest system = SystemUnderTest.get();
        Api api = system.api();
        Tenant tenant = system.tenants().create(PROJECTS);
        String token = tenant.writerToken();
        List<String> lbs = writeHistory(api, tenant, token);

        Map<String, String> before = answers(api, token, tenant, lbs);
        HttpResponse<String> rebuild = rebuild(system);
        Map<String, String> after = answers(api, token, tenant, lbs);

        assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(200);
        assertThat(after).hasSameSizeAs(before);
        assertThat(after).containsExactlyEntriesOf(before);
    }

    /**
     * Per project: 24 LB creates and 24 updates, 3 backends with their servers and a frontend each (with an ACL,
     * a route, a certificate, a private network, a subscriber and OVH objects), then 12 LB deletes (with the
     * children of the deleted ones); about 1,000 events across 5 projects, in parallel.
     */
    private static List<String> writeHistory(Api api, Tenant tenant, String token) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PROJECTS);
        try {
            List<Future<List<String>>> perProject = new ArrayList<>();
            for (UUID project : tenant.projectIds()) {
                perProject.add(threads.submit(() -> {
                    List<String> created = new ArrayList<>();
                    for (int i = 0; i < LBS_PER_PROJECT; i++) {
                        created.add(api.createLb(token, project, "replay-" + i));
                    }
                    for (int i = 0; i < LBS_PER_PROJECT; i++) {
                        api.put(token, REGION + "/lbs/" + created.get(i), "{\"name\":\"replayed-" + i
                                + "\",\"description\":\"v2\",\"tags\":[\"t" + (i % 3) + "\"]}");
                    }
                    for (int i = 0; i < LBS_WITH_CHILDREN; i++) {
                        String backend = api.post(token, REGION + "/lbs/" + created.get(i) + "/backends",
                                "{\"name\":\"b" + i + "\",\"forward_port\":80,\"timeout_queue\":\"1.5s\"}")
                                .json().get("id").asText();
                        api.post(token, REGION + "/backends/" + backend + "/servers",
                                "{\"server_ip\":[\"10.0." + i + ".1\",\"10.0." + i + ".2\"]}");
                        String frontend = api.post(token, REGION + "/lbs/" + created.get(i) + "/frontends",
                                "{\"inbound_port\":80,\"backend_id\":\"" + backend + "\"}").json().get("id").asText();
                        writeChildren(api, token, project, created.get(i), backend, frontend, i);
                        writeOvhObjects(api, token, created.get(i), i);
                    }
                    for (int i = 0; i < LBS_PER_PROJECT; i += 2) {
                        api.delete(token, REGION + "/lbs/" + created.get(i));
                    }
                    return created;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> project : perProject) {
                all.addAll(project.get());
            }
            return all;
        } finally {
            threads.shutdownNow();
        }
    }

    /** An ACL, a route, a certificate, a private network and a subscriber around one LB's frontend. */
    private static void writeChildren(Api api, String token, UUID project, String lb, String backend,
                                      String frontend, int i) {
        api.post(token, REGION + "/frontends/" + frontend + "/acls", "{\"name\":\"a" + i + "\",\"index\":" + i
                + ",\"action\":{\"type\":\"deny\"},\"match\":{\"ip_subnet\":[\"10." + i + ".0.0/16\"]}}");
        api.post(token, REGION + "/routes", "{\"frontend_id\":\"" + frontend + "\",\"backend_id\":\"" + backend
                + "\",\"match\":{\"sni\":\"s" + i + ".example.com\"}}");
        api.post(token, REGION + "/lbs/" + lb + "/certificates", "{\"name\":\"c" + i + "\",\"letsencrypt\":"
                + "{\"common_name\":\"c" + i + ".example.com\"}}");
        api.post(token, REGION + "/lbs/" + lb + "/private-networks/" + UUID.randomUUID() + "/attach", "{}");
        String subscriber = api.post(token, REGION + "/subscribers", "{\"name\":\"s" + i + "\",\"project_id\":\""
                + project + "\",\"email_config\":{\"email\":\"s" + i + "@example.com\"}}").json().get("id").asText();
        api.post(token, REGION + "/lb/" + lb + "/subscribe", "{\"subscriber_id\":\"" + subscriber + "\"}");
    }

    /**
     * An OVH farm with servers (one changed, one removed), an SSL certificate (renamed) and OVH frontends on them,
     * through the OVH dialect.
     */
    private static void writeOvhObjects(Api api, String token, String lb, int i) {
        String service = ovhService(lb);
        long farm = api.post(token, service + "/http/farm", "{\"zone\":\"all\",\"port\":8080,\"probe\":"
                + "{\"type\":\"http\",\"url\":\"/h" + i + "\"}}").json().get("farmId").asLong();
        String servers = service + "/http/farm/" + farm + "/server";
        long first = api.post(token, servers, "{\"address\":\"10.1." + i + ".1\",\"status\":\"active\","
                + "\"weight\":3}").json().get("serverId").asLong();
        long second = api.post(token, servers, "{\"address\":\"10.1." + i + ".2\",\"status\":\"active\"}")
                .json().get("serverId").asLong();
        api.put(token, servers + "/" + first, "{\"status\":\"inactive\",\"backup\":true}");
        api.delete(token, servers + "/" + second);
        Api.Response tcp = api.post(token, service + "/tcp/frontend", "{\"zone\":\"all\",\"port\":\"9000-901" + i
                + "\"}");
        TestCertificates.Issued leaf = TestCertificates.leaf(AUTHORITY, "r" + i + ".example", List.of("r" + i
                + ".example"));
        long ssl = api.post(token, service + "/ssl", JsonNodeFactory.instance.objectNode().put("certificate",
                leaf.pem()).put("key", leaf.keyPem()).put("chain", AUTHORITY.pem()).toString()).json().get("id")
                .asLong();
        api.put(token, service + "/ssl/" + ssl, "{\"displayName\":\"replayed\"}");
        Api.Response http = api.post(token, service + "/http/frontend", "{\"zone\":\"all\",\"port\":\"8080\","
                + "\"defaultFarmId\":" + farm + ",\"allowedSource\":[\"10." + i + ".0.0/16\"],\"ssl\":true,"
                + "\"defaultSslId\":" + ssl + "}");
        assertThat(tcp.status()).as(tcp.body()).isEqualTo(200);
        assertThat(http.status()).as(http.body()).isEqualTo(200);
    }

    private static String ovhService(String lb) {
        return "/1.0/ipLoadbalancing/loadbalancer-" + lb.replace("-", "");
    }

    /** Every GET a user could make of this tenant's LBs: each LB (deleted ones are 404s) and list pages. */
    private static Map<String, String> answers(Api api, String token, Tenant tenant, List<String> lbs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String lb : lbs) {
            read(api, token, REGION + "/lbs/" + lb, answers);
            read(api, token, REGION + "/lbs/" + lb + "/backends", answers);
            read(api, token, REGION + "/lbs/" + lb + "/frontends", answers);
            read(api, token, REGION + "/lbs/" + lb + "/certificates", answers);
            read(api, token, REGION + "/lbs/" + lb + "/private-networks", answers);
            read(api, token, REGION + "/lbs/" + lb + "/events?page_size=100", answers);
            read(api, token, REGION + "/lbs/" + lb + "/backend-stats", answers);
            for (String ovh : List.of("/http/farm", "/http/farm/1", "/http/farm/1/server", "/http/farm/1/server/1",
                    "/http/frontend", "/http/frontend/2", "/tcp/frontend", "/tcp/frontend/1", "/ssl", "/ssl/1",
                    "/pendingChanges")) {
                read(api, token, ovhService(lb) + ovh, answers);
            }
        }
        read(api, token, REGION + "/routes?page_size=100", answers);
        read(api, token, REGION + "/subscribers?page_size=100", answers);
        for (String order : List.of("created_at_asc", "created_at_desc", "name_asc", "name_desc")) {
            for (int page = 1; page <= 4; page++) {
                read(api, token, REGION + "/lbs?page_size=" + PAGE_SIZE + "&order_by=" + order + "&page=" + page,
                        answers);
            }
        }
        for (UUID project : tenant.projectIds()) {
            read(api, token, REGION + "/lbs?project_id=" + project + "&tags=t1", answers);
        }
        return answers;
    }

    private static void read(Api api, String token, String path, Map<String, String> answers) {
        Api.Response response = api.get(token, path);
        answers.put(path, response.status() + " " + response.body());
    }

    private static HttpResponse<String> rebuild(SystemUnderTest system) throws Exception {
        String operator = "operator-" + UUID.randomUUID().toString().substring(0, 8);
        system.keycloak().createUser(operator, null, List.of(), List.of("lb-admin"));
        String token = system.keycloak().passwordToken("lb-cli", operator, operator);
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(system.projectionUrl() + "/admin/rebuild"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
