package io.lbaas.dataplane.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/**
 * A certificate as the CA issued it, ready for HAProxy.
 *
 * @param pemBundle the leaf, its chain, then the leaf's private key (PKCS#8), all PEM: one file for {@code crt}
 * @param fingerprint SHA-1 of the leaf's DER, lower-case hex
 * @param commonName the leaf's subject CN, empty when the CA left it out
 */
public record IssuedCertificate(String pemBundle, String fingerprint, Instant notValidBefore, Instant notValidAfter,
                                String commonName, List<String> subjectAlternativeNames) {

    private static final int DNS_NAME = 2;

    /** Describes {@code chain} (leaf first), bundled with the private key of {@code keys}. */
    public static IssuedCertificate of(List<X509Certificate> chain, KeyPair keys) throws GeneralSecurityException {
        X509Certificate leaf = chain.get(0);
        StringBuilder bundle = new StringBuilder();
        for (X509Certificate certificate : chain) {
            bundle.append(Pem.encode("CERTIFICATE", certificate.getEncoded()));
        }
        bundle.append(Pem.encode("PRIVATE KEY", keys.getPrivate().getEncoded()));
        return new IssuedCertificate(bundle.toString(),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(leaf.getEncoded())),
                leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(), commonName(leaf), dnsNames(leaf));
    }

    private static String commonName(X509Certificate leaf) throws CertificateParsingException {
        try {
            return new LdapName(leaf.getSubjectX500Principal().getName()).getRdns().stream()
                    .filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
                    .map(rdn -> rdn.getValue().toString())
                    .findFirst().orElse("");
        } catch (InvalidNameException e) {
            throw new CertificateParsingException("unreadable subject " + leaf.getSubjectX500Principal(), e);
        }
    }

    private static List<String> dnsNames(X509Certificate leaf) throws CertificateParsingException {
        Collection<List<?>> names = Objects.requireNonNullElse(leaf.getSubjectAlternativeNames(), List.of());
        return names.stream()
                .filter(name -> name.get(0).equals(DNS_NAME))
                .map(name -> (String) name.get(1))
                .toList();
    }
}
