package io.lbaas.dataplane.certificate;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM blocks, as OpenSSL and HAProxy read them. */
final class Pem {

    private static final Base64.Encoder ENCODER = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private Pem() {
    }

    static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + ENCODER.encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** The DER of the first {@code type} block in {@code text}. */
    static Optional<byte[]> decode(String type, String text) {
        Matcher block = Pattern.compile("-----BEGIN " + type + "-----\\s+([A-Za-z0-9+/=\\s]+?)-----END " + type
                + "-----").matcher(text);
        return block.find() ? Optional.of(Base64.getMimeDecoder().decode(block.group(1))) : Optional.empty();
    }
}
