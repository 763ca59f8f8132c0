package io.lbaas.api.ovh.ssl;

import io.lbaas.api.certificate.PemBundle;
import io.lbaas.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What OVH's clients compare a certificate with: its fingerprint, subject and serial as OVH writes them. */
class SslFingerprintTest {

    @Test
    void theFingerprintIsTheSha1OfTheDerInUpperCaseHexPairsAsTerraformComputesIt() throws Exception {
        TestCertificates.Issued leaf = TestCertificates.leaf(TestCertificates.authority("Test CA"), "shop.example",
                List.of("shop.example"));

        PemBundle.Leaf read = PemBundle.leafOf(leaf.pem() + leaf.keyPem());
        String fingerprint = SslCommands.fingerprint(read.fingerprint());

        assertThat(fingerprint).matches("([0-9A-F]{2}:){19}[0-9A-F]{2}")
                .isEqualTo(String.join(":", leaf.fingerprint().toUpperCase().split("(?<=\\G..)")));
        assertThat(read.subject()).isEqualTo("CN=shop.example");
        assertThat(read.serial()).isEqualTo(leaf.certificate().getSerialNumber().toString(16));
    }
}
