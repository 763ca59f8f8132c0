package io.lbaas.notifier.status;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.EventPayload;
import io.lbaas.events.certificate.CertificateCreated;
import io.lbaas.events.certificate.CertificateEvents;
import io.lbaas.events.certificate.CertificateIssueFailed;
import io.lbaas.events.certificate.CertificateIssued;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbDeleted;
import io.lbaas.events.lb.LbEvents;
import io.lbaas.events.lb.LbRemoved;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.events.privatenetwork.PrivateNetworkAttached;
import io.lbaas.events.privatenetwork.PrivateNetworkEvents;
import io.lbaas.events.privatenetwork.PrivateNetworkReady;

import java.util.Optional;
import java.util.UUID;

/**
 * The status an event moves a resource to: an LB, a server of one of its backends, one of its certificates or its
 * attachment to a private network; with why, when the data plane said. Events that move none are not the
 * notifier's. Values the event does not carry (the LB of a certificate being issued, its name) are null and come
 * from what the notifier last saw of the resource.
 */
public record StatusChange(String resourceType, UUID resourceId, String resourceKey, UUID lbId, String name,
                           String newStatus, String lastHealthCheckStatus, String reason) {

    public static final String LB = "lb";
    public static final String BACKEND_SERVER = "backend_server";
    public static final String CERTIFICATE = "certificate";
    public static final String PRIVATE_NETWORK = "private_network";
    static final String DELETED = "deleted";

    static Optional<StatusChange> of(EventEnvelope event) {
        return Optional.ofNullable(change(event.aggregateId(), event.payload()));
    }

    private static StatusChange change(UUID id, EventPayload payload) {
        if (payload instanceof LbCreated created) {
            return lb(id, created.name(), LbEvents.STATUS_TO_CREATE, null);
        }
        if (payload instanceof LbStatusChanged changed) {
            return lb(id, null, changed.status(), changed.reason());
        }
        if (payload instanceof LbDeleted) {
            return lb(id, null, LbEvents.STATUS_TO_DELETE, null);
        }
        if (payload instanceof LbRemoved removed) {
            return lb(id, null, DELETED, removed.reason());
        }
        if (payload instanceof BackendServerStateChanged server) {
            return new StatusChange(BACKEND_SERVER, server.backendId(), server.ip(), id, server.ip(),
                    server.serverState(), server.lastHealthCheckStatus(), server.reason());
        }
        if (payload instanceof CertificateCreated created) {
            return new StatusChange(CERTIFICATE, id, "", created.lbId(), created.name(), created.status(), null,
                    created.statusDetails());
        }
        if (payload instanceof CertificateIssued) {
            return part(CERTIFICATE, id, CertificateEvents.STATUS_READY, null);
        }
        if (payload instanceof CertificateIssueFailed failed) {
            return part(CERTIFICATE, id, CertificateEvents.STATUS_ERROR, failed.reason());
        }
        if (payload instanceof PrivateNetworkAttached attached) {
            return new StatusChange(PRIVATE_NETWORK, id, "", attached.lbId(), attached.privateNetworkId().toString(),
                    PrivateNetworkEvents.STATUS_PENDING, null, null);
        }
        if (payload instanceof PrivateNetworkReady) {
            return part(PRIVATE_NETWORK, id, PrivateNetworkEvents.STATUS_READY, null);
        }
        return null;
    }

    private static StatusChange lb(UUID id, String name, String status, String reason) {
        return new StatusChange(LB, id, "", id, name, status, null, reason);
    }

    private static StatusChange part(String type, UUID id, String status, String reason) {
        return new StatusChange(type, id, "", null, null, status, null, reason);
    }
}
