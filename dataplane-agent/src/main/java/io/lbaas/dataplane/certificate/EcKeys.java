package io.lbaas.dataplane.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/**
 * P-256 key pairs from the JDK: acme4j's {@code KeyPairUtils} makes EC keys only with BouncyCastle registered as a
 * JCA provider, which the agent does not do JVM-wide.
 */
final class EcKeys {

    private EcKeys() {
    }

    static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make P-256 keys", e);
        }
    }
}
