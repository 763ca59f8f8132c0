package io.lbaas.api.frontend;

import io.lbaas.api.error.Arguments;
import io.lbaas.events.frontend.FrontendSpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Turns what a client sent into a frontend's settings, with Scaleway's defaults. */
final class FrontendSettings {

    private static final int MAX_NAME = 255;

    private FrontendSettings() {
    }

    /** {@code creating}: a missing name is generated, as Scaleway's SDK does; an update must name the frontend. */
    static FrontendSpec of(FrontendRequest request, boolean creating, Arguments arguments) {
        String name = creating && (request.name() == null || request.name().isEmpty())
                ? "lbf-" + UUID.randomUUID().toString().substring(0, 8)
                : arguments.text("name", request.name(), MAX_NAME);
        int port = arguments.port("inbound_port", request.inboundPort(), null);
        if (request.backendId() == null) {
            arguments.problem("backend_id", Arguments.REQUIRED, "the backend to pass traffic to");
        }
        return new FrontendSpec(name, port, request.backendId(),
                arguments.duration("timeout_client", request.timeoutClient(), 300_000),
                certificates(request, arguments),
                Boolean.TRUE.equals(request.enableHttp3()),
                arguments.bounded("connection_rate_limit", request.connectionRateLimit(), null, 0, 1_000_000),
                Boolean.TRUE.equals(request.enableAccessLogs()));
    }

    /** The deprecated {@code certificate_id} joins {@code certificate_ids}, first, if it is not already there. */
    private static List<UUID> certificates(FrontendRequest request, Arguments arguments) {
        LinkedHashSet<UUID> certificates = new LinkedHashSet<>();
        if (request.certificateId() != null) {
            certificates.add(request.certificateId());
        }
        if (request.certificateIds() != null) {
            for (int i = 0; i < request.certificateIds().size(); i++) {
                if (request.certificateIds().get(i) == null) {
                    arguments.problem("certificate_ids[" + i + "]", Arguments.FORMAT, "must be a certificate id");
                } else {
                    certificates.add(request.certificateIds().get(i));
                }
            }
        }
        return List.copyOf(new ArrayList<>(certificates));
    }
}
