package io.lbaas.dataplane.certificate;

/**
 * Serves ACME http-01 responses: {@code content} at {@code http://<name>/.well-known/acme-challenge/<token>} for
 * every name being validated, until withdrawn.
 */
public interface ChallengePublisher {

    /** Must be served once this returns: the CA may ask for it right after. */
    void publish(String token, String content);

    /** Also called for tokens whose publication failed, so it must tolerate unknown tokens. */
    void withdraw(String token);
}
