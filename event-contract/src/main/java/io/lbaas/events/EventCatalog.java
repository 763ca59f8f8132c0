package io.lbaas.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lbaas.events.acl.AclCreated;
import io.lbaas.events.acl.AclDeleted;
import io.lbaas.events.acl.AclUpdated;
import io.lbaas.events.apikey.ApiKeyCreated;
import io.lbaas.events.apikey.ApiKeyRevoked;
import io.lbaas.events.backend.BackendCreated;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.backend.BackendHealthCheckUpdated;
import io.lbaas.events.backend.BackendPoolChanged;
import io.lbaas.events.backend.BackendUpdated;
import io.lbaas.events.certificate.CertificateCreated;
import io.lbaas.events.certificate.CertificateDeleted;
import io.lbaas.events.certificate.CertificateIssueFailed;
import io.lbaas.events.certificate.CertificateIssued;
import io.lbaas.events.certificate.CertificateRenamed;
import io.lbaas.events.frontend.FrontendCreated;
import io.lbaas.events.frontend.FrontendDeleted;
import io.lbaas.events.frontend.FrontendUpdated;
import io.lbaas.events.ip.IpAllocated;
import io.lbaas.events.ip.IpAttached;
import io.lbaas.events.ip.IpDetached;
import io.lbaas.events.ip.IpReleased;
import io.lbaas.events.ip.IpUpdated;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbDeleted;
import io.lbaas.events.lb.LbRemoved;
import io.lbaas.events.lb.LbEvents;
import io.lbaas.events.lb.LbMigrated;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.events.lb.LbSubscribed;
import io.lbaas.events.lb.LbUnsubscribed;
import io.lbaas.events.lb.LbUpdated;
import io.lbaas.events.ovh.OvhApplicationCreated;
import io.lbaas.events.ovh.OvhApplicationDeleted;
import io.lbaas.events.ovh.OvhCredentialRequested;
import io.lbaas.events.ovh.OvhCredentialValidated;
import io.lbaas.events.ovh.OvhEvents;
import io.lbaas.events.ovh.OvhFarmCreated;
import io.lbaas.events.ovh.OvhFarmUpdated;
import io.lbaas.events.ovh.OvhFrontendCreated;
import io.lbaas.events.ovh.OvhFrontendUpdated;
import io.lbaas.events.ovh.OvhRefreshRequested;
import io.lbaas.events.ovh.OvhRouteCreated;
import io.lbaas.events.ovh.OvhRouteDeleted;
import io.lbaas.events.ovh.OvhRouteUpdated;
import io.lbaas.events.ovh.OvhRuleAdded;
import io.lbaas.events.ovh.OvhRuleRemoved;
import io.lbaas.events.ovh.OvhRuleUpdated;
import io.lbaas.events.ovh.OvhServerAdded;
import io.lbaas.events.ovh.OvhServerRemoved;
import io.lbaas.events.ovh.OvhServerUpdated;
import io.lbaas.events.ovh.OvhSslAdded;
import io.lbaas.events.ovh.OvhSslRenamed;
import io.lbaas.events.ovh.OvhTaskProgressed;
import io.lbaas.events.privatenetwork.PrivateNetworkAttached;
import io.lbaas.events.privatenetwork.PrivateNetworkDetached;
import io.lbaas.events.privatenetwork.PrivateNetworkReady;
import io.lbaas.events.route.RouteCreated;
import io.lbaas.events.route.RouteDeleted;
import io.lbaas.events.route.RouteUpdated;
import io.lbaas.events.subscriber.SubscriberCreated;
import io.lbaas.events.subscriber.SubscriberDeleted;
import io.lbaas.events.subscriber.SubscriberSecretRotated;
import io.lbaas.events.subscriber.SubscriberUpdated;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event type this build knows, with the upcasters that bring its older schema versions to the
 * current one. A new event type is added to {@link #STANDARD}; a changed payload shape adds an upcaster.
 */
public final class EventCatalog {

    public static final EventCatalog STANDARD = new EventCatalog(
            List.of(LbCreated.class, LbUpdated.class, LbDeleted.class, LbRemoved.class,
                    BackendCreated.class, BackendUpdated.class, BackendPoolChanged.class,
                    BackendHealthCheckUpdated.class, BackendDeleted.class,
                    FrontendCreated.class, FrontendUpdated.class, FrontendDeleted.class,
                    IpAllocated.class, IpUpdated.class, IpAttached.class, IpDetached.class, IpReleased.class,
                    ApiKeyCreated.class, ApiKeyRevoked.class,
                    AclCreated.class, AclUpdated.class, AclDeleted.class,
                    RouteCreated.class, RouteUpdated.class, RouteDeleted.class,
                    CertificateCreated.class, CertificateRenamed.class, CertificateDeleted.class,
                    CertificateIssued.class, CertificateIssueFailed.class,
                    SubscriberCreated.class, SubscriberUpdated.class, SubscriberSecretRotated.class,
                    SubscriberDeleted.class,
                    LbSubscribed.class, LbUnsubscribed.class, LbMigrated.class, LbStatusChanged.class,
                    BackendServerStateChanged.class,
                    PrivateNetworkAttached.class, PrivateNetworkDetached.class, PrivateNetworkReady.class,
                    OvhApplicationCreated.class, OvhApplicationDeleted.class,
                    OvhCredentialRequested.class, OvhCredentialValidated.class,
                    OvhFarmCreated.class, OvhFarmUpdated.class, OvhServerAdded.class, OvhServerUpdated.class,
                    OvhServerRemoved.class, OvhFrontendCreated.class, OvhFrontendUpdated.class,
                    OvhRefreshRequested.class, OvhTaskProgressed.class, OvhSslAdded.class, OvhSslRenamed.class,
                    OvhRouteCreated.class, OvhRouteUpdated.class, OvhRouteDeleted.class, OvhRuleAdded.class,
                    OvhRuleUpdated.class, OvhRuleRemoved.class),
            upcasters(LbEvents.UPCASTERS, OvhEvents.UPCASTERS));

    private final Map<String, Class<? extends EventPayload>> payloadsByType = new HashMap<>();
    private final Map<String, Map<Integer, Upcaster>> upcasters;

    EventCatalog(List<Class<? extends EventPayload>> payloads, Map<String, Map<Integer, Upcaster>> upcasters) {
        for (Class<? extends EventPayload> payload : payloads) {
            payloadsByType.put(describe(payload).name(), payload);
        }
        this.upcasters = upcasters;
    }

    @SafeVarargs
    private static Map<String, Map<Integer, Upcaster>> upcasters(Map<String, Map<Integer, Upcaster>>... groups) {
        Map<String, Map<Integer, Upcaster>> all = new HashMap<>();
        for (Map<String, Map<Integer, Upcaster>> group : groups) {
            all.putAll(group);
        }
        return Map.copyOf(all);
    }

    public static EventType describe(Class<? extends EventPayload> payloadClass) {
        EventType type = payloadClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(payloadClass.getName() + " is not annotated with @EventType");
        }
        return type;
    }

    public Optional<Class<? extends EventPayload>> payloadClass(String type) {
        return Optional.ofNullable(payloadsByType.get(type));
    }

    /** Brings a payload written with {@code version} up to the current version of its type. */
    ObjectNode upcast(String type, int version, ObjectNode payload) {
        int current = describe(payloadsByType.get(type)).version();
        if (version > current) {
            throw new UnsupportedSchemaVersionException("event type " + type + " has schema version " + version
                    + " but this build only knows up to " + current + "; upgrade this service");
        }
        ObjectNode upcast = payload;
        for (int v = version; v < current; v++) {
            Upcaster step = upcasters.getOrDefault(type, Map.of()).get(v);
            if (step == null) {
                throw new EventDecodingException("no upcaster for " + type + " from schema version " + v);
            }
            upcast = step.toNextVersion(upcast);
        }
        return upcast;
    }
}
