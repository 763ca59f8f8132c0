package io.lbaas.dataplane.certificate;

import org.jboss.logging.Logger;
import org.shredzone.acme4j.AccountBuilder;
import org.shredzone.acme4j.Authorization;
import org.shredzone.acme4j.Login;
import org.shredzone.acme4j.Order;
import org.shredzone.acme4j.Problem;
import org.shredzone.acme4j.Session;
import org.shredzone.acme4j.Status;
import org.shredzone.acme4j.challenge.Http01Challenge;
import org.shredzone.acme4j.exception.AcmeException;
import org.shredzone.acme4j.exception.AcmeLazyLoadingException;
import org.shredzone.acme4j.exception.AcmeNetworkException;
import org.shredzone.acme4j.exception.AcmeProtocolException;
import org.shredzone.acme4j.exception.AcmeServerException;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Obtains certificates from an ACME CA (Let's Encrypt, or pebble in tests), proving control of each name with the
 * http-01 challenge, which the caller's {@link ChallengePublisher} serves.
 */
public class AcmeIssuer {

    private static final Logger LOG = Logger.getLogger(AcmeIssuer.class);

    private final AcmeConfig config;
    private final SSLContext tls;
    private KeyPair accountKey;

    /** {@code tls} decides which CAs the ACME directory's own certificate may come from. */
    public AcmeIssuer(AcmeConfig config, SSLContext tls) {
        this.config = config;
        this.tls = tls;
    }

    /** Blocks until the certificate is issued, at most {@code timeout}. */
    public IssuedCertificate issue(String commonName, List<String> alternativeNames, ChallengePublisher publisher)
            throws AcmeIssueException {
        Instant deadline = Instant.now().plus(config.timeout());
        Set<String> names = new LinkedHashSet<>();
        names.add(commonName);
        names.addAll(alternativeNames);
        try {
            Order order = login().getAccount().newOrder().domains(names).create();
            authorize(order, publisher, deadline);
            await("the order for " + commonName, order::waitUntilReady, order::getError, Status.READY, deadline);
            KeyPair certificateKey = EcKeys.p256();
            order.execute(certificateKey, csr -> csr.setCommonName(commonName));
            await("the certificate for " + commonName, order::waitForCompletion, order::getError, Status.VALID,
                    deadline);
            IssuedCertificate issued = IssuedCertificate.of(order.getCertificate().getCertificateChain(),
                    certificateKey);
            LOG.infof("issued %s for %s by %s, valid until %s", issued.fingerprint(), names, config.directory(),
                    issued.notValidAfter());
            return issued;
        } catch (AcmeException | AcmeLazyLoadingException | AcmeProtocolException e) {
            throw new AcmeIssueException(reason(e), e);
        } catch (IOException e) {
            throw new AcmeIssueException("cannot read or write the ACME account key in " + config.accountDir()
                    + ": " + e, e);
        } catch (GeneralSecurityException e) {
            throw new AcmeIssueException("the CA returned an unreadable certificate: " + e.getMessage(), e);
        }
    }

    /** Whether a certificate valid until {@code notValidAfter} is due to be issued again. */
    public boolean needsRenewal(Instant notValidAfter, Instant now) {
        return !now.plus(config.renewBefore()).isBefore(notValidAfter);
    }

    private Login login() throws AcmeException, IOException {
        Session session = new Session(config.directory(), new TrustingAcmeProvider(tls));
        // The CA answers an account request for a key it knows with that account: no separate sign-in.
        AccountBuilder account = new AccountBuilder().agreeToTermsOfService().useKeyPair(accountKey());
        config.email().ifPresent(account::addEmail);
        return account.createLogin(session);
    }

    private synchronized KeyPair accountKey() throws IOException {
        if (accountKey == null) {
            accountKey = AcmeAccountKey.loadOrCreate(config.accountDir());
        }
        return accountKey;
    }

    /** Publishes every challenge first and triggers them all, so that the CA checks the names in parallel. */
    private void authorize(Order order, ChallengePublisher publisher, Instant deadline)
            throws AcmeException, AcmeIssueException {
        Map<String, Http01Challenge> challenges = new LinkedHashMap<>();
        for (Authorization authorization : order.getAuthorizations()) {
            // A CA may reuse a name's earlier authorization: nothing left to prove then.
            if (authorization.getStatus() != Status.VALID) {
                challenges.put(authorization.getIdentifier().getDomain(), http01(authorization));
            }
        }
        try {
            for (Http01Challenge challenge : challenges.values()) {
                publisher.publish(challenge.getToken(), challenge.getAuthorization());
            }
            for (Http01Challenge challenge : challenges.values()) {
                challenge.trigger();
            }
            for (Map.Entry<String, Http01Challenge> challenge : challenges.entrySet()) {
                await("the http-01 validation of " + challenge.getKey(), challenge.getValue()::waitForCompletion,
                        challenge.getValue()::getError, Status.VALID, deadline);
            }
        } finally {
            challenges.values().forEach(challenge -> publisher.withdraw(challenge.getToken()));
        }
    }

    private static Http01Challenge http01(Authorization authorization) throws AcmeIssueException {
        return authorization.<Http01Challenge>findChallenge(Http01Challenge.TYPE)
                .orElseThrow(() -> new AcmeIssueException("the CA offers no http-01 challenge for "
                        + authorization.getIdentifier().getDomain()));
    }

    /** Fails with the CA's reason when {@code expected} is not what the wait ends in. */
    private void await(String what, StatusWait wait, Supplier<Optional<Problem>> problem, Status expected,
                       Instant deadline) throws AcmeException, AcmeIssueException {
        Status reached = poll(what, wait, deadline);
        if (reached != expected) {
            throw new AcmeIssueException(what + " is " + reached.name().toLowerCase(Locale.ROOT)
                    + problem.get().map(detail -> ": " + detail).orElse(""));
        }
    }

    /** acme4j's bounded polls, bounded together by the issuance's deadline. */
    private Status poll(String what, StatusWait wait, Instant deadline) throws AcmeException, AcmeIssueException {
        Duration left = Duration.between(Instant.now(), deadline);
        try {
            if (!left.isNegative() && !left.isZero()) {
                return wait.until(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AcmeIssueException("interrupted while waiting for " + what, e);
        } catch (AcmeException e) {
            // acme4j tells a timeout only by its message: the deadline tells it surely.
            if (Instant.now().isBefore(deadline)) {
                throw e;
            }
        }
        throw new AcmeIssueException("gave up waiting for " + what + " after " + config.timeout());
    }

    private String reason(Exception e) {
        if (e instanceof AcmeServerException server) {
            return "the CA refused: " + server.getProblem();
        }
        if (e instanceof AcmeNetworkException && e.getCause() != null) {
            return "cannot reach the CA at " + config.directory() + networkDetail(e.getCause());
        }
        return "ACME exchange with " + config.directory() + " failed: " + e.getMessage();
    }

    /** The JDK's HTTP client says little: a refused connection comes without any message. */
    private String networkDetail(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return ": unknown host " + config.directory().getHost();
            }
            if (cause.getMessage() != null) {
                return ": " + cause.getMessage();
            }
        }
        return "";
    }

    @FunctionalInterface
    private interface StatusWait {
        Status until(Duration timeout) throws AcmeException, InterruptedException;
    }
}
