package io.lbaas.it.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.DataPlaneAgent;
import io.lbaas.testsupport.RawHttp;
import io.lbaas.testsupport.Tenant;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Load balancers in the zone the tests' data-plane agent serves, created and read through the public API. */
final class ServedLbs {

    static final String ZONE = "/lb/v1/zones/" + DataPlaneAgent.ZONE;
    /** Every LB has its own address, so all tests' frontends listen on the same port. */
    static final int PORT = 80;

    private final Api api;
    private final Tenant tenant;
    private final String token;

    ServedLbs(Api api, Tenant tenant) {
        this.api = api;
        this.tenant = tenant;
        this.token = tenant.writerToken();
    }

    record Lb(String id, String ip) {
    }

    String token() {
        return token;
    }

    Lb create(String name) {
        JsonNode created = created(name, "");
        return new Lb(created.get("id").asText(), created.get("ip").get(0).get("ip_address").asText());
    }

    /** An LB with a flexible IPv6 beside its IPv4, reached here at its IPv6. */
    Lb createWithIpv6(String name) {
        JsonNode created = created(name, ",\"assign_flexible_ipv6\":true");
        for (JsonNode ip : created.get("ip")) {
            if (ip.get("ip_address").asText().contains(":")) {
                return new Lb(created.get("id").asText(), ip.get("ip_address").asText());
            }
        }
        throw new AssertionError("no IPv6 in " + created);
    }

    private JsonNode created(String name, String moreJson) {
        return ok(api.post(token, ZONE + "/lbs", "{\"name\":\"" + name + "\",\"description\":\"\",\"type\":\"LB-S\","
                + "\"project_id\":\"" + tenant.project() + "\"" + moreJson + "}"));
    }

    String backend(Lb lb, String json) {
        return ok(api.post(token, ZONE + "/lbs/" + lb.id() + "/backends", json)).get("id").asText();
    }

    /** A frontend on {@link #PORT}; {@code moreJson}: more JSON fields. */
    String frontend(Lb lb, String backend, String moreJson) {
        return ok(api.post(token, ZONE + "/lbs/" + lb.id() + "/frontends", "{\"name\":\"front\",\"inbound_port\":"
                + PORT + ",\"backend_id\":\"" + backend + "\",\"timeout_client\":30000" + moreJson + "}"))
                .get("id").asText();
    }

    JsonNode post(String path, String json) {
        return ok(api.post(token, ZONE + path, json));
    }

    JsonNode put(String path, String json) {
        return ok(api.put(token, ZONE + path, json));
    }

    JsonNode get(String path) {
        return ok(api.get(token, ZONE + path));
    }

    String status(Lb lb) {
        return get("/lbs/" + lb.id()).get("status").asText();
    }

    /** The LB is ready once its HAProxy serves what the log says; the data plane aims at well under a second. */
    void awaitReady(Lb lb) {
        await("lb " + lb.id() + " ready").atMost(Duration.ofSeconds(15)).until(() -> status(lb).equals("ready"));
    }

    /** An HTTP backend over {@code servers}, with a quick TCP health check; {@code more}: more JSON fields. */
    static String httpBackend(TestBackends servers, String algorithm, String more) {
        return httpBackend(servers, algorithm, more, servers.ips().size());
    }

    /** The same over the first {@code count} of {@code servers} only, the others left to be added. */
    static String httpBackend(TestBackends servers, String algorithm, String more, int count) {
        return "{\"name\":\"pool\",\"forward_protocol\":\"http\",\"forward_port\":" + servers.port()
                + ",\"forward_port_algorithm\":\"" + algorithm + "\",\"server_ip\":" + servers.poolJson(count)
                + ",\"health_check\":{\"port\":" + servers.port() + ",\"check_delay\":1000,\"check_max_retries\":1,"
                + "\"check_timeout\":500,\"tcp_config\":{}}" + more + "}";
    }

    /** Waits until the LB answers on its frontend (its configuration applied), then returns the answer. */
    static RawHttp.Answer awaitAnswer(Lb lb, String path, Map<String, String> headers) {
        return await("lb " + lb.id() + " answers " + path).atMost(Duration.ofSeconds(15))
                .ignoreExceptions().until(() -> RawHttp.get(lb.ip(), PORT, path, headers), answer -> true);
    }

    /** Waits until the LB's answer to {@code path} passes {@code test} (a change applied), then returns it. */
    static RawHttp.Answer awaitAnswer(Lb lb, String path, Map<String, String> headers,
                                      Predicate<RawHttp.Answer> test) {
        return await("lb " + lb.id() + " answers " + path + " as expected").atMost(Duration.ofSeconds(15))
                .ignoreExceptions().until(() -> RawHttp.get(lb.ip(), PORT, path, headers), test);
    }

    private static JsonNode ok(Api.Response response) {
        if (response.status() != 200) {
            throw new AssertionError(response.status() + ": " + response.body());
        }
        return response.json();
    }
}
