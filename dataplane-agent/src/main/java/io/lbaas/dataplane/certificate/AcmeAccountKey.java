package io.lbaas.dataplane.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The key pair that is the agent's ACME account: the CA knows an account by its key, so keeping the key in a file
 * keeps the account (and its rate limits, its agreement to the terms) across restarts. Both halves are stored, as
 * the JDK cannot derive an EC public key from its private key.
 */
final class AcmeAccountKey {

    static final String FILE_NAME = "account-key.pem";

    private AcmeAccountKey() {
    }

    static KeyPair loadOrCreate(Path accountDir) throws IOException {
        Path file = accountDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return read(file);
        }
        KeyPair created = EcKeys.p256();
        write(created, file);
        return created;
    }

    private static KeyPair read(Path file) throws IOException {
        String text = Files.readString(file);
        byte[] privateKey = Pem.decode("PRIVATE KEY", text).orElseThrow(() -> new IOException("no private key"));
        byte[] publicKey = Pem.decode("PUBLIC KEY", text).orElseThrow(() -> new IOException("no public key"));
        try {
            KeyFactory keys = KeyFactory.getInstance("EC");
            return new KeyPair(keys.generatePublic(new X509EncodedKeySpec(publicKey)),
                    keys.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
        } catch (GeneralSecurityException e) {
            throw new IOException("not an EC key pair: " + e.getMessage(), e);
        }
    }

    /** Written aside then moved, so that a crash never leaves half a key behind; readable by the agent only. */
    private static void write(KeyPair keys, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), FILE_NAME, ".partial",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(partial, Pem.encode("PRIVATE KEY", keys.getPrivate().getEncoded())
                + Pem.encode("PUBLIC KEY", keys.getPublic().getEncoded()));
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
