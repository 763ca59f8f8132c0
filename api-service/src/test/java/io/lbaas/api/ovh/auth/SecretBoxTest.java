package io.lbaas.api.ovh.auth;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void aSealedSecretOpensWithTheSameKeyOnly() {
        SecretBox box = new SecretBox(Optional.of(KEY));
        String sealed = box.seal("the application secret");

        assertThat(sealed).startsWith("v1:").doesNotContain("the application secret");
        assertThat(box.seal("the application secret")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(box.open(sealed)).isEqualTo("the application secret");
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new SecretBox(Optional.of(Base64.getEncoder().encodeToString(other))).open(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyNothingIsConfigured() {
        assertThat(new SecretBox(Optional.of(" ")).configured()).isFalse();
        assertThat(new SecretBox(Optional.empty()).configured()).isFalse();
        assertThatThrownBy(() -> new SecretBox(Optional.of(Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessageContaining("32 bytes");
    }
}
