package io.lbaas.api.ovh.server;

import io.lbaas.api.certificate.PemBundle;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.events.ovh.FarmServerSpec;

import java.util.List;

import static io.lbaas.api.ovh.service.OvhInput.invalid;
import static io.lbaas.api.ovh.service.OvhInput.oneOf;

/** OVH server bodies checked against OVH's enums and bounds, into the event contract's FarmServerSpec. */
final class ServerSpecs {

    static final List<String> STATUSES = List.of("active", "inactive");
    static final List<String> PROXY_PROTOCOLS = List.of("v1", "v2", "v2-ssl", "v2-ssl-cn");
    static final List<String> ON_MARKED_DOWN = List.of("shutdown-sessions");
    static final int MAX_WEIGHT = 256;

    private ServerSpecs() {
    }

    /** {@code address}: the server's, from the body on creation, the stored one on update (it is read-only). */
    static FarmServerSpec of(String protocol, ServerBody body, String address) {
        if (body.status() == null) {
            throw invalid("status", "is required: active or inactive");
        }
        if (OvhInput.UDP.equals(protocol)) {
            udpOnly(body);
        }
        if (body.weight() != null && (body.weight() < 0 || body.weight() > MAX_WEIGHT)) {
            throw invalid("weight", "must be between 0 and " + MAX_WEIGHT);
        }
        boolean http = "http".equals(protocol);
        if (http && body.cookie() != null && !body.cookie().matches("[A-Za-z0-9._-]{1,64}")) {
            throw invalid("cookie", "letters, digits, dots, dashes and underscores, at most 64");
        }
        if (body.chain() != null) {
            requireCertificates(body.chain());
        }
        return new FarmServerSpec(address == null ? OvhInput.ipv4("address", body.address()) : address,
                oneOf("status", body.status(), STATUSES), OvhInput.port("port", body.port()),
                OvhInput.text("displayName", body.displayName()), body.weight(), OvhInput.flag(body.probe()),
                OvhInput.flag(body.ssl()), OvhInput.flag(body.backup()), body.chain(),
                http ? body.cookie() : null,
                oneOf("proxyProtocolVersion", body.proxyProtocolVersion(), PROXY_PROTOCOLS),
                oneOf("onMarkedDown", body.onMarkedDown(), ON_MARKED_DOWN));
    }

    /** The chain that must have issued the server's certificate, when it ciphers with {@code ssl}. */
    private static void requireCertificates(String chain) {
        try {
            PemBundle.requireCertificates(chain);
        } catch (PemBundle.Refused refused) {
            throw invalid("chain", String.join("; ", refused.problems()));
        }
    }

    /** OVH's BackendUDPServer has an address, a port, a status and a name only. */
    private static void udpOnly(ServerBody body) {
        OvhInput.absent(OvhInput.UDP, "weight", body.weight());
        OvhInput.absent(OvhInput.UDP, "backup", body.backup());
        OvhInput.absent(OvhInput.UDP, "probe", body.probe());
        OvhInput.absent(OvhInput.UDP, "ssl", body.ssl());
        OvhInput.absent(OvhInput.UDP, "cookie", body.cookie());
        OvhInput.absent(OvhInput.UDP, "chain", body.chain());
        OvhInput.absent(OvhInput.UDP, "proxyProtocolVersion", body.proxyProtocolVersion());
        OvhInput.absent(OvhInput.UDP, "onMarkedDown", body.onMarkedDown());
    }
}
