package io.lbaas.api.ovh.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Key material in OVH's forms: application keys of 16 and secrets and consumer keys of 32 letters and digits, as
 * OVH issues them (go-ovh and python-ovh take them as opaque strings; 32 such characters carry 190 random bits).
 */
public final class Keys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            .toCharArray();

    private Keys() {
    }

    public static String applicationKey() {
        return random(16);
    }

    public static String applicationSecret() {
        return random(32);
    }

    public static String consumerKey() {
        return random(32);
    }

    static String random(int length) {
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return key.toString();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
