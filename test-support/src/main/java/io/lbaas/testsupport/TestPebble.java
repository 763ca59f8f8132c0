package io.lbaas.testsupport;

import org.awaitility.Awaitility;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's {@code pebble}, a test ACME server, on free ports, started afresh for each caller. Its directory is
 * served over TLS with a certificate from a CA made here, which {@link #trustStore()} holds; every challenge
 * passes without being checked, as the names ordered in tests are nobody's.
 */
public final class TestPebble {

    public static final String TRUST_STORE_PASSWORD = "pebble-trust";

    private final int port;
    private final Path trustStore;
    private final SSLContext sslContext;
    private final BackgroundProcess process;

    private TestPebble(int port, Path trustStore, BackgroundProcess process) {
        this.port = port;
        this.trustStore = trustStore;
        this.sslContext = trusting(trustStore);
        this.process = process;
    }

    public static TestPebble start() {
        int port = Ports.free();
        Path dir = ProjectRoot.scratch("pebble-" + port);
        TestCertificates.Issued authority = TestCertificates.authority("Pebble test TLS CA");
        TestCertificates.Issued tls = TestCertificates.leaf(authority, "localhost", List.of("localhost", "127.0.0.1"));
        write(dir.resolve("tls-cert.pem"), tls.pem());
        write(dir.resolve("tls-key.pem"), tls.keyPem());
        write(dir.resolve("pebble-config.json"), config(port, dir));
        Path trustStore = dir.resolve("trust.p12");
        writeTrustStore(trustStore, authority.pem());
        BackgroundProcess process = BackgroundProcess.start("pebble",
                List.of("pebble", "-config", dir.resolve("pebble-config.json").toString()),
                // Nonces are never refused and challenges never checked nor delayed: tests stay fast and certain.
                Map.of("PEBBLE_VA_ALWAYS_VALID", "1", "PEBBLE_VA_NOSLEEP", "1", "PEBBLE_WFE_NONCEREJECT", "0"),
                dir.resolve("pebble.log"));
        TestPebble pebble = new TestPebble(port, trustStore, process);
        Awaitility.await("pebble on port " + port).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!process.alive()) {
                        throw new IllegalStateException("pebble exited, see " + process.log());
                    }
                    return pebble.directoryServed();
                });
        return pebble;
    }

    public URI directoryUrl() {
        return URI.create("https://127.0.0.1:" + port + "/dir");
    }

    /** A PKCS12 file trusting the CA of pebble's own TLS certificate, for {@code -Djavax.net.ssl.trustStore}. */
    public Path trustStore() {
        return trustStore;
    }

    public String trustStorePassword() {
        return TRUST_STORE_PASSWORD;
    }

    /** For clients in this JVM: trusts pebble's directory, and nothing else. */
    public SSLContext sslContext() {
        return sslContext;
    }

    private static SSLContext trusting(Path trustStore) {
        try (InputStream in = Files.newInputStream(trustStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, TRUST_STORE_PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read pebble's trust store " + trustStore, e);
        }
    }

    public void stop() {
        process.stop();
    }

    private static String config(int port, Path dir) {
        // The validation ports are never dialled (every challenge passes) but must not be privileged defaults.
        return """
                {
                  "pebble": {
                    "listenAddress": "127.0.0.1:%d",
                    "managementListenAddress": "127.0.0.1:%d",
                    "certificate": "%s",
                    "privateKey": "%s",
                    "httpPort": %d,
                    "tlsPort": %d,
                    "ocspResponderURL": "",
                    "externalAccountBindingRequired": false
                  }
                }
                """.formatted(port, Ports.free(), dir.resolve("tls-cert.pem"), dir.resolve("tls-key.pem"),
                Ports.free(), Ports.free());
    }

    private boolean directoryServed() {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().sslContext(sslContext).build().send(
                    HttpRequest.newBuilder(directoryUrl()).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void writeTrustStore(Path file, String authorityPem) {
        try (InputStream pem = new ByteArrayInputStream(authorityPem.getBytes(StandardCharsets.US_ASCII));
             OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("pebble-tls-ca",
                    CertificateFactory.getInstance("X.509").generateCertificate(pem));
            store.store(out, TRUST_STORE_PASSWORD.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write pebble's trust store " + file, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
