package io.lbaas.events.certificate;

/** Names shared by the certificate's events. */
public final class CertificateEvents {

    public static final String AGGREGATE = "certificate";
    public static final String TYPE_CUSTOM = "custom";
    public static final String TYPE_LETSENCRYPT = "letsencrypt";
    public static final String STATUS_PENDING = "pending";
    public static final String STATUS_READY = "ready";
    public static final String STATUS_ERROR = "error";

    private CertificateEvents() {
    }
}
