package io.lbaas.dataplane.certificate;

/** Why a certificate could not be issued, in a message fit for the tenant who asked for it. */
public class AcmeIssueException extends Exception {

    public AcmeIssueException(String reason) {
        super(reason);
    }

    public AcmeIssueException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
