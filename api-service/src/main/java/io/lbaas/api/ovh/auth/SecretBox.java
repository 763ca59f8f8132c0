package io.lbaas.api.ovh.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts application secrets with AES-256-GCM under {@code lbaas.ovh.secret-key}. Unlike API keys' secrets, which
 * are only compared and so kept as hashes, an OVH application secret is an input of every request's signature: the
 * API must have it back. Encrypting it keeps it out of the log and the read models (and their backups) in clear, and
 * the log still rebuilds the read models. Ciphertexts are {@code v1:} and base64 of a 12-byte nonce then the sealed
 * text; the prefix leaves room for a key rotation.
 */
@ApplicationScoped
public class SecretBox {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKeySpec> key;

    @Inject
    SecretBox(OvhConfig config) {
        this(config.secretKey());
    }

    SecretBox(Optional<String> base64Key) {
        this.key = base64Key.filter(text -> !text.isBlank()).map(SecretBox::key);
    }

    private static SecretKeySpec key(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 32) {
            throw new IllegalArgumentException("lbaas.ovh.secret-key must be base64 of 32 bytes, it has "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public boolean configured() {
        return key.isPresent();
    }

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String open(String ciphertext) {
        if (!ciphertext.startsWith(VERSION)) {
            throw new IllegalArgumentException("unknown secret format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(ciphertext.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open an OVH application secret: was lbaas.ovh.secret-key changed?",
                    e);
        }
    }

    private SecretKeySpec requireKey() {
        return key.orElseThrow(() -> new IllegalStateException("lbaas.ovh.secret-key is not set"));
    }
}
