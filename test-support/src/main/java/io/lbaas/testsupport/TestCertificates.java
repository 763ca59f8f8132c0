package io.lbaas.testsupport;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Real certificates made on the spot: a CA and the leaves it issues, as PEM, for tests of custom certificates. */
public final class TestCertificates {

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    /** A certificate with the key it certifies. */
    public record Issued(X509CertificateHolder certificate, KeyPair keys) {

        public String pem() {
            return TestCertificates.pem(certificate);
        }

        /** The private key as PKCS#8 PEM ({@code PRIVATE KEY}), as {@code openssl genpkey} writes it. */
        public String keyPem() {
            try {
                return TestCertificates.pem(new JcaPKCS8Generator(keys.getPrivate(), null).generate());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** SHA-1 of the DER, lower-case hex: what TLS clients and our API show. */
        public String fingerprint() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                        .digest(certificate.getEncoded()));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private TestCertificates() {
    }

    public static Issued authority(String name) {
        KeyPair keys = keys("EC");
        return new Issued(sign(new X500Name("CN=" + name), keys, new X500Name("CN=" + name), keys,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)), true, List.of()),
                keys);
    }

    /**
     * A leaf for {@code commonName} and {@code alternativeNames} (host names or IP literals), with an
     * {@code algorithm} key (RSA or EC).
     */
    public static Issued leaf(Issued authority, String commonName, List<String> alternativeNames, String algorithm,
                              Instant notBefore, Instant notAfter) {
        KeyPair keys = keys(algorithm);
        return new Issued(sign(new X500Name("CN=" + commonName), keys, authority.certificate().getSubject(),
                authority.keys(), notBefore, notAfter, false, alternativeNames), keys);
    }

    public static Issued leaf(Issued authority, String commonName, List<String> alternativeNames) {
        return leaf(authority, commonName, alternativeNames, "RSA", Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(90)));
    }

    /** The leaf's private key encrypted with a passphrase, as PKCS#8 PEM. */
    public static String encryptedKeyPem(Issued issued) {
        try {
            return pem(new JcaPKCS8Generator(issued.keys().getPrivate(),
                    new JceOpenSSLPKCS8EncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC)
                            .setPassword("secret".toCharArray()).build()).generate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509CertificateHolder sign(X500Name subject, KeyPair subjectKeys, X500Name issuer,
                                              KeyPair issuerKeys, Instant notBefore, Instant notAfter,
                                              boolean authority, List<String> alternativeNames) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            if (!alternativeNames.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternativeNames
                        .stream().map(TestCertificates::generalName).toArray(GeneralName[]::new)));
            }
            String algorithm = issuerKeys.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA"
                    : "SHA256withECDSA";
            return builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKeys.getPrivate()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An IP literal becomes an IP address name: TLS clients check a numeric host against those only. */
    private static GeneralName generalName(String name) {
        boolean ipLiteral = name.contains(":") || name.matches("[0-9.]+");
        return new GeneralName(ipLiteral ? GeneralName.iPAddress : GeneralName.dNSName, name);
    }

    private static KeyPair keys(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("EC")) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
