package io.lbaas.dataplane.desired;

import java.util.UUID;

/** A certificate ready to serve: its PEM bundle, the chain (leaf first) followed by its private key. */
public record CertificateConfig(UUID id, String pemBundle) {

    /** Keeps the private key out of logs. */
    @Override
    public String toString() {
        return "CertificateConfig[id=" + id + "]";
    }
}
