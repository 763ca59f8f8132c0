package io.lbaas.api.certificate;

import io.lbaas.api.error.Arguments;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a custom certificate as Scaleway takes it (and OVH's certificate, chain and key, put together): one PEM
 * text with the certificate chain, leaf first, and the leaf's unencrypted private key. Whatever is wrong with it is
 * said, so the tenant learns what to fix; nothing is stored.
 */
public final class PemBundle {

    static final String ARGUMENT = "custom_certificate.certificate_chain";
    private static final int MAX_LENGTH = 64 * 1024;
    private static final JcaX509CertificateConverter CERTIFICATES = new JcaX509CertificateConverter();
    /**
     * BouncyCastle's provider reads keys and signs with them: it takes SEC1 EC keys whose curve is named only inside
     * the key, which the JDK's refuses, and then its keys are of its own kind.
     */
    private static final Provider PROVIDER = new BouncyCastleProvider();
    private static final JcaPEMKeyConverter KEYS = new JcaPEMKeyConverter().setProvider(PROVIDER);

    /**
     * What the chain says of the leaf. {@code fingerprint}: SHA-1 of the leaf's DER, in lower-case hex;
     * {@code subject}: its distinguished name (RFC 4514); {@code serial}: its serial number in lower-case hex.
     */
    public record Leaf(String commonName, List<String> subjectAlternativeName, String fingerprint, Instant notValidBefore,
                       Instant notValidAfter, String subject, String serial) {
    }

    /** Why a bundle cannot serve: the kind of problem (an {@link Arguments} reason) and each thing wrong. */
    public static final class Refused extends Exception {

        private final String reason;
        private final List<String> problems;

        Refused(String reason, List<String> problems) {
            super(String.join("; ", problems), null, false, false);
            this.reason = reason;
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private PemBundle() {
    }

    /** The leaf of a valid bundle, or empty with the problems added to {@code arguments}. */
    public static Optional<Leaf> read(String pem, Arguments arguments) {
        try {
            return Optional.of(leafOf(pem));
        } catch (Refused refused) {
            refused.problems.forEach(problem -> arguments.problem(ARGUMENT, refused.reason, problem));
            return Optional.empty();
        }
    }

    /** The leaf of a valid bundle. */
    public static Leaf leafOf(String pem) throws Refused {
        if (pem == null || pem.isBlank()) {
            throw new Refused(Arguments.REQUIRED, List.of("the PEM certificate chain and its private key"));
        }
        if (pem.length() > MAX_LENGTH) {
            throw new Refused(Arguments.CONSTRAINT, List.of("at most " + MAX_LENGTH + " characters"));
        }
        try {
            return check(parse(pem));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new Refused(Arguments.FORMAT, List.of("not a readable PEM bundle: " + e.getMessage()));
        }
    }

    /**
     * Checks a chain of certificates to trust, such as one to verify a server with: PEM certificates only, at
     * least one, no key.
     */
    public static void requireCertificates(String pem) throws Refused {
        if (pem.length() > MAX_LENGTH) {
            throw new Refused(Arguments.CONSTRAINT, List.of("at most " + MAX_LENGTH + " characters"));
        }
        Parts parts;
        try {
            parts = parse(pem);
        } catch (IOException | RuntimeException e) {
            throw new Refused(Arguments.FORMAT, List.of("not readable PEM: " + e.getMessage()));
        }
        if (parts.chain.isEmpty() || !parts.keys.isEmpty() || !parts.refused.isEmpty()) {
            throw new Refused(Arguments.CONSTRAINT, List.of("PEM certificates only, at least one"));
        }
    }

    private record Parts(List<X509CertificateHolder> chain, List<PrivateKey> keys, List<String> refused) {
    }

    private static Parts parse(String pem) throws IOException {
        Parts parts = new Parts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof X509CertificateHolder certificate) {
                    parts.chain.add(certificate);
                } else if (object instanceof PEMKeyPair pair) {
                    parts.keys.add(KEYS.getPrivateKey(pair.getPrivateKeyInfo()));
                } else if (object instanceof PrivateKeyInfo key) {
                    parts.keys.add(KEYS.getPrivateKey(key));
                } else if (object instanceof PEMEncryptedKeyPair || object instanceof PKCS8EncryptedPrivateKeyInfo) {
                    parts.refused.add("the private key is encrypted: give it without a passphrase");
                } else {
                    parts.refused.add("unexpected PEM object " + object.getClass().getSimpleName());
                }
            }
        }
        return parts;
    }

    private static Leaf check(Parts parts) throws GeneralSecurityException, Refused {
        List<String> problems = new ArrayList<>(parts.refused);
        if (parts.chain.isEmpty()) {
            problems.add("no certificate found");
        }
        if (parts.keys.size() != 1) {
            problems.add("exactly one private key is needed, found " + parts.keys.size());
        }
        if (problems.isEmpty()) {
            problems.addAll(chainProblems(parts.chain, parts.keys.get(0)));
        }
        if (!problems.isEmpty()) {
            throw new Refused(Arguments.CONSTRAINT, problems);
        }
        return leaf(parts.chain.get(0));
    }

    /** The key belongs to the first certificate, and each certificate is issued by the next one. */
    private static List<String> chainProblems(List<X509CertificateHolder> chain, PrivateKey key)
            throws GeneralSecurityException {
        List<String> problems = new ArrayList<>();
        if (!belongTogether(key, publicKey(chain.get(0)))) {
            boolean elsewhere = chain.stream().skip(1).anyMatch(other -> belongTogetherQuietly(key, other));
            problems.add(elsewhere ? "the certificate of the private key must come first in the chain"
                    : "the private key does not belong to the first certificate");
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            if (!issuedBy(chain.get(i), chain.get(i + 1))) {
                problems.add("certificate " + (i + 1) + " of the chain is not issued by certificate " + (i + 2)
                        + ": give the chain leaf first, then each issuer");
            }
        }
        return problems;
    }

    private static boolean issuedBy(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        try {
            return certificate.getIssuer().equals(issuer.getSubject()) && certificate.isSignatureValid(
                    new JcaContentVerifierProviderBuilder().build(issuer));
        } catch (Exception e) {
            return false;
        }
    }

    /** Signs a random challenge with the private key and checks it with the public one, whatever the algorithm. */
    private static boolean belongTogether(PrivateKey key, PublicKey publicKey) throws GeneralSecurityException {
        if (!key.getAlgorithm().equals(publicKey.getAlgorithm())
                && !(key.getAlgorithm().startsWith("EC") && publicKey.getAlgorithm().startsWith("EC"))) {
            return false;
        }
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "Ed25519", "Ed448", "EdDSA" -> key.getAlgorithm();
            default -> throw new GeneralSecurityException("unsupported key algorithm " + key.getAlgorithm());
        };
        byte[] challenge = new byte[32];
        new SecureRandom().nextBytes(challenge);
        Signature signer = Signature.getInstance(algorithm, PROVIDER);
        signer.initSign(key);
        signer.update(challenge);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm, PROVIDER);
        verifier.initVerify(publicKey);
        verifier.update(challenge);
        return verifier.verify(signature);
    }

    private static boolean belongTogetherQuietly(PrivateKey key, X509CertificateHolder certificate) {
        try {
            return belongTogether(key, publicKey(certificate));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static PublicKey publicKey(X509CertificateHolder certificate) throws GeneralSecurityException {
        return CERTIFICATES.getCertificate(certificate).getPublicKey();
    }

    private static Leaf leaf(X509CertificateHolder leaf) throws GeneralSecurityException {
        List<String> names = alternativeNames(leaf);
        RDN[] commonNames = leaf.getSubject().getRDNs(BCStyle.CN);
        String commonName = commonNames.length > 0
                ? IETFUtils.valueToString(commonNames[0].getFirst().getValue())
                : names.isEmpty() ? "" : names.get(0);
        byte[] der;
        try {
            der = leaf.getEncoded();
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(der));
        return new Leaf(commonName, names, fingerprint, leaf.getNotBefore().toInstant(),
                leaf.getNotAfter().toInstant(), leaf.getSubject().toString(), leaf.getSerialNumber().toString(16));
    }

    /** DNS names and IP addresses of the subject alternative name extension, in their order. */
    private static List<String> alternativeNames(X509CertificateHolder leaf) {
        Extension extension = leaf.getExtension(Extension.subjectAlternativeName);
        if (extension == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (GeneralName name : GeneralNames.getInstance(extension.getParsedValue()).getNames()) {
            if (name.getTagNo() == GeneralName.dNSName) {
                names.add(name.getName().toString());
            } else if (name.getTagNo() == GeneralName.iPAddress) {
                names.add(address(ASN1OctetString.getInstance(name.getName()).getOctets()));
            }
        }
        return List.copyOf(names);
    }

    private static String address(byte[] octets) {
        try {
            return InetAddress.getByAddress(octets).getHostAddress();
        } catch (IOException e) {
            return HexFormat.of().formatHex(octets);
        }
    }
}
