package io.lbaas.it.support.catalogue;

import io.lbaas.it.support.Api;
import io.lbaas.testsupport.Tenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One of everything a tenant can have around one load balancer (an LB-S in fr-par-1), made through the API:
 * its own IP, three free flexible IPs (one for each operation that takes one), backends (http, tcp, and http as a route's target), a frontend with an
 * ACL and a route, a Let's Encrypt certificate, a subscriber it is subscribed to and a private network.
 * {@link #ids()} names them as the catalogue's placeholders do.
 */
public final class Estate {

    /** The placeholders of resources that belong to one load balancer (IPs and subscribers belong to projects). */
    public static final Set<String> OF_ONE_LB = Set.of("lb", "backend", "tcp_backend", "route_backend", "frontend",
            "acl", "route", "certificate", "private_network");

    private static final String ZONE = Form.ZONED.prefix();

    private final Api api;
    private final String token;
    private final Map<String, String> ids = new LinkedHashMap<>();

    private Estate(Api api, Tenant tenant) {
        this.api = api;
        this.token = tenant.writerToken();
        ids.put("project", tenant.project().toString());
        ids.put("organization", tenant.organizationId().toString());
    }

    public static Estate create(Api api, Tenant tenant) {
        Estate estate = new Estate(api, tenant);
        estate.build();
        return estate;
    }

    public Map<String, String> ids() {
        return Map.copyOf(ids);
    }

    public String id(String placeholder) {
        return ids.get(placeholder);
    }

    private void build() {
        Api.Response lb = create("/lbs", "{\"name\":\"estate\",\"project_id\":\"{project}\"}");
        ids.put("lb", lb.json().get("id").asText());
        ids.put("lb_ip", lb.json().get("ip").get(0).get("id").asText());
        for (String ip : List.of("ip", "ip_to_attach", "ip_for_new_lb")) {
            ids.put(ip, idOf("/ips", "{\"project_id\":\"{project}\"}"));
        }
        ids.put("backend", idOf("/lbs/{lb}/backends",
                "{\"name\":\"web\",\"forward_protocol\":\"http\",\"forward_port\":8080,\"server_ip\":[\"10.0.0.1\"]}"));
        ids.put("tcp_backend", idOf("/lbs/{lb}/backends",
                "{\"name\":\"db\",\"forward_protocol\":\"tcp\",\"forward_port\":5432,\"server_ip\":[\"10.0.1.1\"]}"));
        ids.put("route_backend", idOf("/lbs/{lb}/backends",
                "{\"name\":\"api\",\"forward_protocol\":\"http\",\"forward_port\":8081}"));
        ids.put("frontend", idOf("/lbs/{lb}/frontends",
                "{\"name\":\"www\",\"inbound_port\":80,\"backend_id\":\"{backend}\"}"));
        ids.put("acl", idOf("/frontends/{frontend}/acls", "{\"name\":\"office\",\"index\":0,"
                + "\"action\":{\"type\":\"allow\"},\"match\":{\"ip_subnet\":[\"10.0.0.0/8\"]}}"));
        ids.put("route", idOf("/routes", "{\"frontend_id\":\"{frontend}\",\"backend_id\":\"{route_backend}\","
                + "\"match\":{\"path_begin\":\"/api\"}}"));
        ids.put("certificate", idOf("/lbs/{lb}/certificates",
                "{\"name\":\"tls\",\"letsencrypt\":{\"common_name\":\"estate.example.com\"}}"));
        ids.put("subscriber", idOf("/subscribers", "{\"name\":\"ops\",\"project_id\":\"{project}\","
                + "\"email_config\":{\"email\":\"ops@example.com\"}}"));
        create("/lb/{lb}/subscribe", "{\"subscriber_id\":\"{subscriber}\"}");
        ids.put("private_network", UUID.randomUUID().toString());
        create("/lbs/{lb}/attach-private-network", "{\"private_network_id\":\"{private_network}\"}");
    }

    private String idOf(String path, String body) {
        return create(path, body).json().get("id").asText();
    }

    private Api.Response create(String path, String body) {
        Api.Response created = api.post(token, ZONE + resolve(path), resolve(body));
        if (created.status() != 200) {
            throw new AssertionError("estate: POST " + path + " answered " + created.status() + ": "
                    + created.body());
        }
        return created;
    }

    private String resolve(String template) {
        String resolved = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        return resolved;
    }
}
