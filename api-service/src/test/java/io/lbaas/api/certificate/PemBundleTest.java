package io.lbaas.api.certificate;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.testsupport.TestCertificates;
import io.lbaas.testsupport.TestCertificates.Issued;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PemBundleTest {

    private static final Issued AUTHORITY = TestCertificates.authority("Test CA");
    private static final Issued LEAF = TestCertificates.leaf(AUTHORITY, "shop.example.com",
            List.of("shop.example.com", "www.shop.example.com"));

    @Test
    void aChainWithItsKeyGivesTheLeafsNamesDatesAndFingerprint() {
        PemBundle.Leaf leaf = read(LEAF.pem() + AUTHORITY.pem() + LEAF.keyPem()).orElseThrow();

        assertThat(leaf.commonName()).isEqualTo("shop.example.com");
        assertThat(leaf.subjectAlternativeName()).containsExactly("shop.example.com", "www.shop.example.com");
        assertThat(leaf.fingerprint()).isEqualTo(LEAF.fingerprint()).hasSize(40);
        assertThat(leaf.notValidAfter()).isEqualTo(LEAF.certificate().getNotAfter().toInstant());
    }

    @Test
    void ellipticCurveKeysAreReadToo() {
        Issued ec = TestCertificates.leaf(AUTHORITY, "ec.example.com", List.of(), "EC",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));

        assertThat(read(ec.keyPem() + ec.pem()).orElseThrow().commonName()).isEqualTo("ec.example.com");
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() {
        Issued other = TestCertificates.leaf(AUTHORITY, "other.example.com", List.of());

        assertThatThrownBy(() -> read(LEAF.pem() + other.keyPem()))
                .satisfies(e -> assertThat(help(e)).contains("does not belong to the first certificate"));
    }

    @Test
    void theLeafMustComeFirst() {
        assertThatThrownBy(() -> read(AUTHORITY.pem() + LEAF.pem() + LEAF.keyPem()))
                .satisfies(e -> assertThat(help(e)).contains("must come first"));
    }

    @Test
    void encryptedKeysMissingKeysAndGarbageAreRefused() {
        assertThatThrownBy(() -> read(LEAF.pem() + TestCertificates.encryptedKeyPem(LEAF)))
                .satisfies(e -> assertThat(help(e)).contains("encrypted"));
        assertThatThrownBy(() -> read(LEAF.pem())).satisfies(e -> assertThat(help(e)).contains("private key"));
        assertThatThrownBy(() -> read("-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n"))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(ApiException.class);
    }

    private static Optional<PemBundle.Leaf> read(String pem) {
        Arguments arguments = new Arguments();
        Optional<PemBundle.Leaf> leaf = PemBundle.read(pem, arguments);
        arguments.throwIfAny();
        return leaf;
    }

    private static String help(Throwable e) {
        ApiException refused = (ApiException) e;
        return refused.body().details().toString();
    }
}
