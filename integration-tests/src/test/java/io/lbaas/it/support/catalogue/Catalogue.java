package io.lbaas.it.support.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.lbaas.testsupport.TestCertificates;
import io.lbaas.testsupport.TestCertificates.Issued;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.lbaas.it.support.catalogue.Defects.*;
import static io.lbaas.it.support.catalogue.Queries.all;
import static io.lbaas.it.support.catalogue.Queries.creationOrderedPaging;
import static io.lbaas.it.support.catalogue.Queries.malformedIdParameter;
import static io.lbaas.it.support.catalogue.Queries.orderedPaging;
import static io.lbaas.it.support.catalogue.Queries.ownerFilters;
import static io.lbaas.it.support.catalogue.Queries.paging;

/**
 * Every operation of Scaleway's LB API v1 (spec §2, §3) in both forms (§5: the zoned form adds setAcls and has
 * its own paths for deleteSubscriber and the private networks), each with a request that succeeds on an
 * {@link Estate} and what its body and query must not hold.
 *
 * <p>The order is an estate's lifecycle: reads, creations and updates first, then what removes or replaces
 * the estate's resources, each after everything that still needs it, so that the whole catalogue can run on
 * one estate per form (see BadInputIT's check that every valid request succeeds).
 */
public final class Catalogue {

    private static final List<Form> BOTH = List.of(Form.ZONED, Form.REGIONAL);
    private static final Issued AUTHORITY = TestCertificates.authority("Catalogue CA");
    private static final Issued LEAF = TestCertificates.leaf(AUTHORITY, "custom.example.com", List.of());
    private static final Issued OTHER = TestCertificates.leaf(AUTHORITY, "other.example.com", List.of());
    private static final List<Operation> ALL = build();

    private Catalogue() {
    }

    public static List<Operation> operations() {
        return ALL;
    }

    public static List<Operation> in(Form form) {
        return ALL.stream().filter(operation -> operation.form() == form).toList();
    }

    private static List<Operation> build() {
        List<Operation.Builder> operations = new ArrayList<>();
        operations.addAll(lbs());
        operations.addAll(ips());
        operations.addAll(backends());
        operations.addAll(frontends());
        operations.addAll(acls());
        operations.addAll(routes());
        operations.addAll(stats());
        operations.addAll(certificates());
        operations.addAll(subscribers());
        operations.addAll(privateNetworks());
        operations.addAll(removals());
        return operations.stream().flatMap(operation -> operation.build().stream()).toList();
    }

    private static List<Operation.Builder> lbs() {
        return List.of(
                both("listLbs", "GET", "/lbs").query(all(orderedPaging(), ownerFilters())),
                both("createLb", "POST", "/lbs").body("""
                                {"name":"made-by-catalogue","description":"from the catalogue","type":"LB-S",
                                 "project_id":"{project}","ip_ids":["{ip_for_new_lb}"],"tags":["catalogue"],
                                 "ssl_compatibility_level":"ssl_compatibility_level_intermediate",
                                 "assign_flexible_ipv6":false}""",
                        name("name"), optionalText("description"), optionalOffer("type"),
                        malformedId("project_id"), ids("ip_ids"), tags("tags"),
                        enumeration("ssl_compatibility_level"), bool("assign_flexible_ip"),
                        bool("assign_flexible_ipv6"), secondOneOf("organization_id", text("{organization}")),
                        of("in use", "ip_ids", strings("{lb_ip}"))),
                both("getLb", "GET", "/lbs/{lb}"),
                both("updateLb", "PUT", "/lbs/{lb}").body("""
                                {"name":"renamed-by-catalogue","description":"d","tags":["catalogue"],
                                 "ssl_compatibility_level":"ssl_compatibility_level_modern"}""",
                        requiredName("name"), optionalText("description"), tags("tags"),
                        enumeration("ssl_compatibility_level")));
    }

    private static List<Operation.Builder> ips() {
        return List.of(
                both("listIPs", "GET", "/ips").query(all(paging(), ownerFilters(),
                        Queries.of("enum", "ip_type", "ipv5", "IPV4", "none"))),
                both("createIp", "POST", "/ips").body("""
                                {"project_id":"{project}","is_ipv6":false,"reverse":"made-by-catalogue.example.com",
                                 "tags":["catalogue"]}""",
                        bool("is_ipv6"), domain("reverse"), tags("tags"), malformedId("project_id"),
                        secondOneOf("organization_id", text("{organization}"))),
                both("getIp", "GET", "/ips/{ip}"),
                both("updateIp", "PATCH", "/ips/{ip_to_attach}").body("""
                                {"reverse":"renamed-by-catalogue.example.com","tags":["catalogue"],"lb_id":"{lb}"}""",
                        optionalId("lb_id"), domain("reverse"), tags("tags")));
    }

    private static List<Operation.Builder> backends() {
        return List.of(
                both("listBackends", "GET", "/lbs/{lb}/backends").query(orderedPaging()),
                both("createBackend", "POST", "/lbs/{lb}/backends").body("""
                                {"name":"made-by-catalogue","forward_protocol":"http","forward_port":8090,
                                 "forward_port_algorithm":"roundrobin","sticky_sessions":"cookie",
                                 "sticky_sessions_cookie_name":"lb",
                                 "health_check":{"port":8090,"check_delay":3000,"check_timeout":1000,
                                                 "check_max_retries":3,"check_send_proxy":false,
                                                 "transient_check_delay":"0.5s",
                                                 "http_config":{"uri":"/health","method":"GET","code":200}},
                                 "server_ip":["10.0.0.1","10.0.0.2"],"timeout_server":300000,
                                 "timeout_connect":5000,"timeout_tunnel":900000,"timeout_queue":"0s",
                                 "on_marked_down_action":"on_marked_down_action_none",
                                 "proxy_protocol":"proxy_protocol_none","max_retries":3,
                                 "redispatch_attempt_count":1,"ssl_bridging":false,
                                 "ignore_ssl_server_verify":false,"failover_host":null}""",
                        name("name"), port("forward_port"), enumeration("forward_protocol"),
                        enumeration("forward_port_algorithm"), enumeration("sticky_sessions"),
                        enumeration("on_marked_down_action"), enumeration("proxy_protocol"),
                        millis("timeout_server"), millis("timeout_connect"), millis("timeout_tunnel"),
                        seconds("timeout_queue"), count("max_retries", 0, 100),
                        count("redispatch_attempt_count", 0, 100), bool("ssl_bridging"),
                        bool("ignore_ssl_server_verify"), bool("send_proxy_v2"), serverIps("server_ip"),
                        tooManyServers("server_ip"), object("health_check"), healthCheck("health_check.")),
                both("getBackend", "GET", "/backends/{backend}"),
                both("updateBackend", "PUT", "/backends/{backend}").body("""
                                {"name":"renamed-by-catalogue","forward_protocol":"http","forward_port":8080,
                                 "forward_port_algorithm":"leastconn","sticky_sessions":"none",
                                 "timeout_server":60000,"timeout_connect":5000,"timeout_tunnel":900000,
                                 "timeout_queue":"1s","on_marked_down_action":"shutdown_sessions",
                                 "proxy_protocol":"proxy_protocol_v2","max_retries":2,"ssl_bridging":false,
                                 "ignore_ssl_server_verify":false}""",
                        requiredName("name"), port("forward_port"), enumeration("forward_protocol"),
                        enumeration("forward_port_algorithm"), enumeration("sticky_sessions"),
                        enumeration("on_marked_down_action"), enumeration("proxy_protocol"),
                        millis("timeout_server"), millis("timeout_connect"), millis("timeout_tunnel"),
                        seconds("timeout_queue"), count("max_retries", 0, 100), bool("ssl_bridging")),
                both("addBackendServers", "POST", "/backends/{backend}/servers").body("""
                                {"server_ip":["10.0.0.3"]}""",
                        serverIps("server_ip"), tooManyServers("server_ip")),
                both("setBackendServers", "PUT", "/backends/{backend}/servers").body("""
                                {"server_ip":["10.0.0.1","10.0.0.4"]}""",
                        serverIps("server_ip"), tooManyServers("server_ip")),
                both("removeBackendServers", "DELETE", "/backends/{backend}/servers").body("""
                                {"server_ip":["10.0.0.4"]}""",
                        serverIps("server_ip")),
                both("updateHealthCheck", "PUT", "/backends/{backend}/healthcheck").body("""
                                {"port":8080,"check_delay":2000,"check_timeout":1000,"check_max_retries":3,
                                 "check_send_proxy":false,"transient_check_delay":"0.5s",
                                 "http_config":{"uri":"/ready","method":"GET","code":200}}""",
                        healthCheck("")));
    }

    /** A health check's fields, flat in updateHealthCheck and under {@code health_check.} in createBackend. */
    private static List<BodyDefect> healthCheck(String at) {
        List<BodyDefect> defects = new ArrayList<>();
        defects.addAll(optionalPort(at + "port"));
        defects.addAll(millis(at + "check_delay"));
        defects.addAll(millis(at + "check_timeout"));
        defects.addAll(count(at + "check_max_retries", 0, 100));
        defects.addAll(seconds(at + "transient_check_delay"));
        defects.addAll(bool(at + "check_send_proxy"));
        defects.addAll(object(at + "http_config"));
        defects.addAll(count(at + "http_config.code", 100, 599));
        defects.addAll(secondOneOf(at + "tcp_config", "{}"));
        defects.addAll(secondOneOf(at + "mysql_config", "{\"user\":\"monitor\"}"));
        return defects;
    }

    private static List<Operation.Builder> frontends() {
        return List.of(
                both("listFrontends", "GET", "/lbs/{lb}/frontends").query(orderedPaging()),
                both("createFrontend", "POST", "/lbs/{lb}/frontends").body("""
                                {"name":"made-by-catalogue","inbound_port":8443,"backend_id":"{backend}",
                                 "enable_http3":false,"enable_access_logs":false,"timeout_client":300000,
                                 "connection_rate_limit":100}""",
                        name("name"), port("inbound_port"), requiredId("backend_id"), ids("certificate_ids"),
                        optionalId("certificate_id"), millis("timeout_client"),
                        count("connection_rate_limit", 0, 4_294_967_295L), bool("enable_http3"),
                        bool("enable_access_logs")),
                both("getFrontend", "GET", "/frontends/{frontend}"),
                both("updateFrontend", "PUT", "/frontends/{frontend}").body("""
                                {"name":"renamed-by-catalogue","inbound_port":80,"backend_id":"{backend}",
                                 "certificate_ids":["{certificate}"],"enable_http3":false,
                                 "enable_access_logs":false,"timeout_client":60000}""",
                        requiredName("name"), port("inbound_port"), requiredId("backend_id"),
                        ids("certificate_ids"), millis("timeout_client"), bool("enable_http3")));
    }

    private static List<Operation.Builder> acls() {
        return List.of(
                both("listAcls", "GET", "/frontends/{frontend}/acls").query(orderedPaging()),
                both("createAcl", "POST", "/frontends/{frontend}/acls").body("""
                                {"name":"made-by-catalogue","index":5,"description":"",
                                 "action":{"type":"redirect",
                                           "redirect":{"type":"location","target":"https://example.com/",
                                                       "code":301}},
                                 "match":{"ip_subnet":["10.0.0.0/8"],"ips_edge_services":false,
                                          "http_filter":"path_begin","http_filter_value":["/admin"],
                                          "http_filter_option":null,"invert":false}}""",
                        name("name"), optionalText("description"), requiredCount("index", 0, Integer.MAX_VALUE),
                        requiredObject("action"), requiredEnumeration("action.type"),
                        enumeration("action.redirect.type"), redirectCode("action.redirect.code"),
                        of("required", "action.redirect.target", null, text(""), text("https://exa mple.com")),
                        object("match"), subnets("match.ip_subnet"), enumeration("match.http_filter"),
                        httpFilterValues("match.http_filter_value"), bool("match.invert"),
                        bool("match.ips_edge_services"),
                        of("constraint", "match.http_filter_option", text("X-Only-For-Header-Match"))),
                both("getAcl", "GET", "/acls/{acl}"),
                both("updateAcl", "PUT", "/acls/{acl}").body("""
                                {"name":"renamed-by-catalogue","index":2,"description":"d",
                                 "action":{"type":"deny"},"match":{"ip_subnet":["192.168.0.0/16"],"invert":true}}""",
                        requiredName("name"), requiredCount("index", 0, Integer.MAX_VALUE), requiredObject("action"),
                        requiredEnumeration("action.type"), subnets("match.ip_subnet"), bool("match.invert"),
                        of("constraint", "action.redirect", parse("{\"type\":\"location\",\"target\":\"https://x\"}"))));
    }

    private static List<BodyDefect> httpFilterValues(String path) {
        return of("http filter", path, strings(""), strings("bad\u0001value"), text("/admin"),
                NODES.arrayNode().add(NULL), list(101, i -> "/p" + i));
    }

    private static List<Operation.Builder> routes() {
        return List.of(
                both("createRoute", "POST", "/routes").body("""
                                {"frontend_id":"{frontend}","backend_id":"{route_backend}",
                                 "match":{"host_header":"made-by-catalogue.example.com","match_subdomains":false}}""",
                        requiredId("frontend_id"), requiredId("backend_id"), object("match"),
                        secondOneOf("match.sni", text("x.example.com")),
                        secondOneOf("match.path_begin", text("/x")), bool("match.match_subdomains"),
                        of("wrong type", "match.host_header", number(5))),
                both("getRoute", "GET", "/routes/{route}"),
                both("updateRoute", "PUT", "/routes/{route}").body("""
                                {"backend_id":"{route_backend}","match":{"path_begin":"/renamed"}}""",
                        requiredId("backend_id"), object("match"), secondOneOf("match.host_header",
                                text("x.example.com")), bool("match.match_subdomains")),
                both("listRoutes", "GET", "/routes").query(all(creationOrderedPaging(), malformedIdParameter("frontend_id"))));
    }

    private static List<Operation.Builder> stats() {
        List<QueryDefect> backend = all(malformedIdParameter("backend_id"),
                Queries.of("unknown id", "backend_id", UUID.randomUUID().toString()));
        return List.of(
                both("getLbStats", "GET", "/lbs/{lb}/stats").query("backend_id={backend}", backend),
                both("listBackendStats", "GET", "/lbs/{lb}/backend-stats").query("backend_id={backend}",
                        all(backend, paging())));
    }

    private static List<Operation.Builder> certificates() {
        return List.of(
                both("createCertificate", "POST", "/lbs/{lb}/certificates").body("""
                                {"name":"made-by-catalogue","letsencrypt":{"common_name":"made-by-catalogue.example.com",
                                 "subject_alternative_name":["www.made-by-catalogue.example.com"]}}""",
                        name("name"), object("letsencrypt"), requiredDomain("letsencrypt.common_name"),
                        domains("letsencrypt.subject_alternative_name"),
                        secondOneOf("custom_certificate", customCertificate(LEAF.pem() + LEAF.keyPem()))),
                both("createCertificate", "POST", "/lbs/{lb}/certificates").body(
                        "{\"name\":\"custom-by-catalogue\",\"custom_certificate\":"
                                + customCertificate(LEAF.pem() + LEAF.keyPem()) + "}",
                        object("custom_certificate"),
                        pem("custom_certificate.certificate_chain", LEAF.pem(), LEAF.pem() + OTHER.keyPem()),
                        secondOneOf("letsencrypt", "{\"common_name\":\"x.example.com\"}")),
                both("listCertificates", "GET", "/lbs/{lb}/certificates").query(orderedPaging()),
                both("getCertificate", "GET", "/certificates/{certificate}"),
                both("updateCertificate", "PUT", "/certificates/{certificate}").body("""
                                {"name":"renamed-by-catalogue"}""",
                        requiredName("name")),
                both("listLbTypes", "GET", "/lb-types").query(paging()));
    }

    private static String customCertificate(String chain) {
        return NODES.objectNode().put("certificate_chain", chain).toString();
    }

    private static List<Operation.Builder> subscribers() {
        String hook = "{\"uri\":\"https://93.184.215.14/hooks/lb\"}";
        return List.of(
                both("createSubscriber", "POST", "/subscribers").body("""
                                {"name":"made-by-catalogue","project_id":"{project}",
                                 "email_config":{"email":"catalogue@example.com"}}""",
                        requiredName("name"), object("email_config"), email("email_config.email"),
                        malformedId("project_id"), secondOneOf("webhook_config", hook),
                        secondOneOf("organization_id", text("{organization}"))),
                both("createSubscriber", "POST", "/subscribers").body("""
                                {"name":"hooked-by-catalogue","project_id":"{project}",
                                 "webhook_config":{"uri":"https://93.184.215.14/hooks/lb"}}""",
                        object("webhook_config"), webhook("webhook_config.uri")),
                both("getSubscriber", "GET", "/subscribers/{subscriber}"),
                both("listSubscriber", "GET", "/subscribers").query(all(orderedPaging(), ownerFilters())),
                both("updateSubscriber", "PUT", "/subscribers/{subscriber}").body("""
                                {"name":"renamed-by-catalogue","email_config":{"email":"renamed@example.com"}}""",
                        requiredName("name"), email("email_config.email"), secondOneOf("webhook_config", hook),
                        of("one-of", "email_config", (JsonNode) null)),
                both("subscribeToLb", "POST", "/lb/{lb}/subscribe").body("""
                                {"subscriber_id":"{subscriber}"}""",
                        requiredId("subscriber_id")));
    }

    private static List<Operation.Builder> privateNetworks() {
        String attached = "{\"ip_address\":[\"172.16.0.10/24\"]}";
        return List.of(
                both("listLbPrivateNetworks", "GET", "/lbs/{lb}/private-networks").query(creationOrderedPaging()),
                regional("attachPrivateNetwork", "POST", "/lbs/{lb}/private-networks/{new_network}/attach").body("""
                                {"ipam_ids":["{new_ipam}"]}""",
                        ipamIds("ipam_ids"), object("static_config")),
                regional("attachPrivateNetwork", "POST", "/lbs/{lb}/private-networks/{new_network}/attach").body(
                        "{\"static_config\":" + attached + "}",
                        staticAddresses("static_config.ip_address"), secondOneOf("dhcp_config", "{}"),
                        secondOneOf("ipam_config", "{}")),
                zoned("attachPrivateNetwork", "POST", "/lbs/{lb}/attach-private-network").body("""
                                {"private_network_id":"{new_network}","ipam_ids":["{new_ipam}"]}""",
                        requiredMalformedId("private_network_id"), ipamIds("ipam_ids"), object("static_config")),
                zoned("attachPrivateNetwork", "POST", "/lbs/{lb}/attach-private-network").body(
                        "{\"private_network_id\":\"{new_network}\",\"static_config\":" + attached + "}",
                        staticAddresses("static_config.ip_address"), secondOneOf("dhcp_config", "{}"),
                        secondOneOf("ipam_config", "{}")));
    }

    private static List<BodyDefect> staticAddresses(String path) {
        return of("ip", path, strings("172.16.0.300"), strings("not-an-ip"), strings("172.16.0.10/33"),
                strings(""), strings("172.16.10"), strings("0xac.16.0.10"), text("172.16.0.10"), NODES.objectNode(),
                NODES.arrayNode().add(172));
    }

    /** What removes or replaces the estate's resources, each after all that still needs it. */
    private static List<Operation.Builder> removals() {
        return List.of(
                both("migrateLb", "POST", "/lbs/{lb}/migrate").body("""
                                {"type":"LB-GP-M"}""",
                        offer("type")),
                both("unsubscribeFromLb", "DELETE", "/lb/{lb}/unsubscribe"),
                regional("deleteSubscriber", "DELETE", "/lb/subscriber/{subscriber}"),
                zoned("deleteSubscriber", "DELETE", "/lb/subscription/{subscriber}"),
                both("deleteAcl", "DELETE", "/acls/{acl}"),
                zoned("setAcls", "PUT", "/frontends/{frontend}/acls").body("""
                                {"acls":[{"name":"set-by-catalogue","index":0,"description":"",
                                          "action":{"type":"allow"},"match":{"ip_subnet":["10.0.0.0/8"]}}]}""",
                        requiredList("acls"), name("acls.0.name"),
                        requiredCount("acls.0.index", 0, Integer.MAX_VALUE), requiredObject("acls.0.action"),
                        requiredEnumeration("acls.0.action.type"), subnets("acls.0.match.ip_subnet"),
                        of("wrong type", "acls.0", text("acl"), number(5), NULL),
                        of("over limit", "acls", tooManyAcls())),
                both("deleteRoute", "DELETE", "/routes/{route}"),
                both("deleteFrontend", "DELETE", "/frontends/{frontend}"),
                both("deleteBackend", "DELETE", "/backends/{tcp_backend}"),
                both("deleteCertificate", "DELETE", "/certificates/{certificate}"),
                regional("detachPrivateNetwork", "POST", "/lbs/{lb}/private-networks/{private_network}/detach")
                        .body("{}"),
                zoned("detachPrivateNetwork", "POST", "/lbs/{lb}/detach-private-network").body("""
                                {"private_network_id":"{private_network}"}""",
                        requiredId("private_network_id")),
                both("releaseIp", "DELETE", "/ips/{ip}"),
                both("deleteLb", "DELETE", "/lbs/{lb}").query("release_ip=true",
                        Queries.of("boolean", "release_ip", "maybe", "1", "TRUE")));
    }

    /** One more ACL than a frontend may have (100 on every offer). */
    private static JsonNode tooManyAcls() {
        ArrayNode acls = NODES.arrayNode();
        for (int i = 0; i < 101; i++) {
            acls.add(parse("{\"name\":\"acl-" + i + "\",\"index\":" + i + ",\"action\":{\"type\":\"allow\"}}"));
        }
        return acls;
    }

    private static Operation.Builder both(String name, String method, String path) {
        return new Operation.Builder(name, BOTH, method, path);
    }

    private static Operation.Builder regional(String name, String method, String path) {
        return new Operation.Builder(name, List.of(Form.REGIONAL), method, path);
    }

    private static Operation.Builder zoned(String name, String method, String path) {
        return new Operation.Builder(name, List.of(Form.ZONED), method, path);
    }
}
