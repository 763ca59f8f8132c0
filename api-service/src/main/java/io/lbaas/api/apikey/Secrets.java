package io.lbaas.api.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * API key material. The secret is a random UUID, as Scaleway's SDKs require of a secret key; 122 random bits need
 * no slow hash, so SHA-256 is what is stored and looked up.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private Secrets() {
    }

    static String newSecret() {
        return UUID.randomUUID().toString();
    }

    /** {@code SCW} and 17 letters or digits: the form Scaleway's SDKs check before they send the secret. */
    static String newAccessKey() {
        StringBuilder key = new StringBuilder("SCW");
        for (int i = 0; i < 17; i++) {
            key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return key.toString();
    }

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
