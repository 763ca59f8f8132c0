package io.lbaas.events.dataplane;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What the data plane got from the ACME directory for a Let's Encrypt certificate: {@code ready} with the PEM
 * bundle (chain, then private key), or {@code error} with the reason.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CertificateReport(String status, String reason, String pemBundle) {

    /** Keeps the private key out of logs. */
    @Override
    public String toString() {
        return "CertificateReport[status=" + status + ", reason=" + reason + "]";
    }
}
