package io.lbaas.it.dataplane;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.RawHttp;
import io.lbaas.testsupport.TestCertificates;
import io.lbaas.testsupport.TestCertificates.Issued;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.lbaas.it.dataplane.ServedLbs.httpBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** TLS on the load balancers: termination with a tenant's own certificate, and routing by SNI on TCP. */
class DataPlaneTlsIT {

    private static final Issued AUTHORITY = TestCertificates.authority("DataPlaneTlsIT CA");
    private static final int HTTPS = 443;

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void theLbTerminatesTlsWithTheTenantsCertificate() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        Issued leaf = TestCertificates.leaf(AUTHORITY, "secure.example.com", List.of("secure.example.com"));
        try (TestBackends servers = TestBackends.start(1)) {
            ServedLbs.Lb lb = lbs.create("tls");
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("name", "secure");
            body.putObject("custom_certificate").put("certificate_chain",
                    leaf.pem() + AUTHORITY.pem() + leaf.keyPem());
            String certificate = lbs.post("/lbs/" + lb.id() + "/certificates", body.toString()).get("id").asText();
            String backend = lbs.backend(lb, httpBackend(servers, "roundrobin", ""));
            lbs.post("/lbs/" + lb.id() + "/frontends", "{\"name\":\"https\",\"inbound_port\":" + HTTPS
                    + ",\"backend_id\":\"" + backend + "\",\"certificate_ids\":[\"" + certificate + "\"]}");

            TlsAnswer answer = await("HTTPS served").atMost(Duration.ofSeconds(15)).ignoreExceptions()
                    .until(() -> https(lb, "secure.example.com"), reply -> true);

            assertThat(answer.fingerprint()).isEqualTo(leaf.fingerprint());
            assertThat(answer.http().status()).isEqualTo(200);
            assertThat(answer.http().body()).isEqualTo(servers.ip(1));
        }
    }

    @Test
    void aTcpFrontendRoutesTlsByServerNameWithoutTerminatingIt() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        Issued shop = TestCertificates.leaf(AUTHORITY, "shop.example.com", List.of("shop.example.com"));
        Issued blog = TestCertificates.leaf(AUTHORITY, "blog.example.com", List.of("blog.example.com"));
        try (TestBackends shops = TestBackends.startTls(1, shop); TestBackends blogs = TestBackends.startTls(1, blog)) {
            ServedLbs.Lb lb = lbs.create("sni");
            String shopBackend = lbs.backend(lb, tcpBackend(shops));
            String blogBackend = lbs.backend(lb, tcpBackend(blogs));
            String frontend = lbs.post("/lbs/" + lb.id() + "/frontends", "{\"name\":\"tls\",\"inbound_port\":"
                    + HTTPS + ",\"backend_id\":\"" + shopBackend + "\"}").get("id").asText();
            lbs.post("/routes", "{\"frontend_id\":\"" + frontend + "\",\"backend_id\":\"" + blogBackend
                    + "\",\"match\":{\"sni\":\"blog.example.com\"}}");

            TlsAnswer toBlog = await("SNI routed").atMost(Duration.ofSeconds(15)).ignoreExceptions()
                    .until(() -> https(lb, "blog.example.com"), reply -> reply.http().body().equals(blogs.ip(1)));
            TlsAnswer toShop = https(lb, "shop.example.com");

            assertThat(toBlog.fingerprint()).as("the blog's own server answered TLS").isEqualTo(blog.fingerprint());
            assertThat(toShop.fingerprint()).isEqualTo(shop.fingerprint());
            assertThat(toShop.http().body()).isEqualTo(shops.ip(1));
        }
    }

    private static String tcpBackend(TestBackends servers) {
        return "{\"name\":\"tls-pass\",\"forward_protocol\":\"tcp\",\"forward_port\":" + servers.port()
                + ",\"server_ip\":" + servers.poolJson() + ",\"health_check\":{\"port\":" + servers.port()
                + ",\"check_delay\":1000,\"check_max_retries\":1,\"tcp_config\":{}}}";
    }

    record TlsAnswer(String fingerprint, RawHttp.Answer http) {
    }

    /** A TLS client that trusts anything, to read what the LB presents and what it answers. */
    static TlsAnswer https(ServedLbs.Lb lb, String serverName) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[]{new TrustingEverything()}, new SecureRandom());
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(lb.ip(), HTTPS), 2000);
            socket.setSoTimeout(10_000);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(serverName)));
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            X509Certificate presented = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(presented.getEncoded()));
            RawHttp.Answer http = RawHttp.exchange(socket.getInputStream(), socket.getOutputStream(), "/",
                    Map.of("Host", serverName));
            return new TlsAnswer(fingerprint, http);
        }
    }

    private static final class TrustingEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
