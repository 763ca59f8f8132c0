package io.lbaas.dataplane.certificate;

import io.lbaas.testsupport.Ports;
import io.lbaas.testsupport.TestPebble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcmeIssuerTest {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+?)\n-----END \\1-----\n");

    private static TestPebble pebble;

    @TempDir
    Path accountDir;

    @BeforeAll
    static void startPebble() {
        pebble = TestPebble.start();
    }

    @AfterAll
    static void stopPebble() {
        pebble.stop();
    }

    @Test
    void issuesACertificateForTheNamesAfterPublishingTheirChallenges() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher();

        IssuedCertificate issued = issuer(pebble.directoryUrl(), Duration.ofSeconds(20))
                .issue("app.example.com", List.of("www.app.example.com"), publisher);

        List<Pem> bundle = parse(issued.pemBundle());
        assertThat(bundle).extracting(Pem::type).startsWith("CERTIFICATE", "CERTIFICATE").endsWith("PRIVATE KEY");
        X509Certificate leaf = certificate(bundle.get(0));
        // pebble picks the CN among the names itself, as CAs may (Let's Encrypt is dropping it altogether).
        assertThat(issued.commonName()).isIn("app.example.com", "www.app.example.com");
        assertThat(leaf.getSubjectX500Principal().getName()).isEqualTo("CN=" + issued.commonName());
        assertThat(issued.subjectAlternativeNames())
                .containsExactlyInAnyOrder("app.example.com", "www.app.example.com");
        assertThat(issued.fingerprint())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(leaf.getEncoded())));
        assertThat(issued.notValidBefore()).isEqualTo(leaf.getNotBefore().toInstant());
        assertThat(issued.notValidAfter()).isEqualTo(leaf.getNotAfter().toInstant()).isAfter(Instant.now());
        assertThat(keyCertifiedBy(leaf, bundle.get(bundle.size() - 1))).isTrue();
        assertThat(publisher.published).hasSize(2).allSatisfy((token, content) ->
                assertThat(content).startsWith(token + "."));
        assertThat(publisher.withdrawn).containsExactlyInAnyOrderElementsOf(publisher.published.keySet());
    }

    @Test
    void aSecondIssueKeepsTheAccountOfTheFirst() throws Exception {
        issuer(pebble.directoryUrl(), Duration.ofSeconds(20))
                .issue("one.example.com", List.of(), new RecordingPublisher());
        Path keyFile = accountDir.resolve(AcmeAccountKey.FILE_NAME);
        String accountKey = Files.readString(keyFile);

        IssuedCertificate second = issuer(pebble.directoryUrl(), Duration.ofSeconds(20))
                .issue("two.example.com", List.of(), new RecordingPublisher());

        assertThat(second.subjectAlternativeNames()).containsExactly("two.example.com");
        assertThat(Files.readString(keyFile)).isEqualTo(accountKey);
        assertThat(Files.list(accountDir)).containsExactly(keyFile);
    }

    @Test
    void anUnreachableDirectoryIsAReadableFailure() {
        URI nowhere = URI.create("https://127.0.0.1:" + Ports.free() + "/dir");

        assertThatThrownBy(() -> issuer(nowhere, Duration.ofSeconds(5))
                .issue("app.example.com", List.of(), new RecordingPublisher()))
                .isInstanceOf(AcmeIssueException.class)
                .hasMessage("cannot reach the CA at " + nowhere);
    }

    @Test
    void anUnknownHostIsAReadableFailure() {
        URI nowhere = URI.create("https://acme.invalid/dir");

        assertThatThrownBy(() -> issuer(nowhere, Duration.ofSeconds(5))
                .issue("app.example.com", List.of(), new RecordingPublisher()))
                .isInstanceOf(AcmeIssueException.class)
                .hasMessage("cannot reach the CA at " + nowhere + ": unknown host acme.invalid");
    }

    @Test
    void renewsWithinRenewBeforeOfExpiry() {
        AcmeIssuer issuer = issuer(pebble.directoryUrl(), Duration.ofSeconds(5));
        Instant expiry = Instant.parse("2030-01-31T00:00:00Z");

        assertThat(issuer.needsRenewal(expiry, Instant.parse("2030-01-01T00:00:01Z"))).isTrue();
        assertThat(issuer.needsRenewal(expiry, Instant.parse("2029-12-31T23:59:59Z"))).isFalse();
    }

    private AcmeIssuer issuer(URI directory, Duration timeout) {
        return new AcmeIssuer(new Settings(directory, accountDir, Optional.of("ops@example.com"),
                Duration.ofDays(30), timeout), pebble.sslContext());
    }

    private static boolean keyCertifiedBy(X509Certificate leaf, Pem key) throws Exception {
        PrivateKey privateKey = KeyFactory.getInstance(leaf.getPublicKey().getAlgorithm())
                .generatePrivate(new PKCS8EncodedKeySpec(key.der()));
        byte[] message = "proof".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(privateKey);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(leaf.getPublicKey());
        verifier.update(message);
        return verifier.verify(signature);
    }

    private static X509Certificate certificate(Pem pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.der()));
    }

    private static List<Pem> parse(String bundle) {
        List<Pem> blocks = new ArrayList<>();
        Matcher matcher = PEM.matcher(bundle);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            blocks.add(new Pem(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2))));
            end = matcher.end();
        }
        assertThat(end).as("the whole bundle is PEM blocks").isEqualTo(bundle.length());
        return blocks;
    }

    private record Pem(String type, byte[] der) {
    }

    private record Settings(URI directory, Path accountDir, Optional<String> email, Duration renewBefore,
                            Duration timeout) implements AcmeConfig {
    }

    private static final class RecordingPublisher implements ChallengePublisher {

        final Map<String, String> published = new ConcurrentHashMap<>();
        final List<String> withdrawn = new ArrayList<>();

        @Override
        public void publish(String token, String content) {
            published.put(token, content);
        }

        @Override
        public void withdraw(String token) {
            withdrawn.add(token);
        }
    }
}
