package io.lbaas.notifier.delivery;

import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.EventPayload;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.events.lb.LbSubscribed;
import io.lbaas.events.subscriber.SubscriberCreated;
import io.lbaas.events.subscriber.SubscriberSecretRotated;
import io.lbaas.events.subscriber.SubscriberUpdated;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.TestEvents;
import io.lbaas.testsupport.TestStack;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A tenant's LB with a subscriber, made by writing to the log what the API would: the subscriber, the LB, the
 * subscription. Then the data plane's reports, one event each.
 */
public final class SubscribedLb {

    private static final EventLogWriter LOG = TestStack.get().eventLog();

    public final EventContext tenant = TestEvents.newTenant();
    public final UUID lb = UUID.randomUUID();
    public final UUID subscriber = UUID.randomUUID();
    public final String secret = newSecret();
    private long lbVersion;
    private long subscriberVersion;

    private SubscribedLb(String email, String webhookUri) {
        append(tenant.envelope(subscriber, ++subscriberVersion, new SubscriberCreated("alerts", email, webhookUri,
                secret)));
        append(tenant.envelope(lb, ++lbVersion, new LbCreated("web", "", "LB-S", List.of(),
                "ssl_compatibility_level_intermediate")));
        append(tenant.envelope(lb, ++lbVersion, new LbSubscribed(subscriber)));
    }

    public static SubscribedLb withWebhook(String uri) {
        return new SubscribedLb(null, uri);
    }

    public static SubscribedLb withEmail(String email) {
        return new SubscribedLb(email, null);
    }

    /** The data plane saw the LB in a new status; returns the event's id, the webhook-id of its delivery. */
    public UUID status(String status, String reason) {
        return onLb(new LbStatusChanged(status, reason)).eventId();
    }

    public EventEnvelope onLb(EventPayload payload) {
        return onLb(payload, tenant.occurredAt());
    }

    /** An event of the LB that happened at {@code occurredAt}, read only now (a notifier catching up). */
    public EventEnvelope onLb(EventPayload payload, Instant occurredAt) {
        EventContext at = new EventContext(occurredAt, tenant.region(), tenant.zone(), tenant.organizationId(),
                tenant.projectId(), tenant.actor(), tenant.correlationId(), tenant.causationId());
        EventEnvelope event = at.envelope(lb, ++lbVersion, payload);
        append(event);
        return event;
    }

    public String rotateSecret() {
        String rotated = newSecret();
        append(tenant.envelope(subscriber, ++subscriberVersion, new SubscriberSecretRotated(rotated)));
        return rotated;
    }

    public void updateWebhook(String uri) {
        append(tenant.envelope(subscriber, ++subscriberVersion, new SubscriberUpdated("alerts", null, uri)));
    }

    public static void append(EventEnvelope event) {
        LOG.append(event);
    }

    /** The deliveries owed for the LB's events, oldest first. */
    public List<Row> deliveries(Pool pool) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("""
                        SELECT delivery.*, change.new_status FROM notifier.delivery
                        JOIN notifier.status_change AS change USING (event_id)
                        WHERE change.lb_id = $1 ORDER BY delivery.created_at""")
                .execute(Tuple.of(lb)).await().atMost(Duration.ofSeconds(5)).forEach(rows::add);
        return rows;
    }

    public static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
