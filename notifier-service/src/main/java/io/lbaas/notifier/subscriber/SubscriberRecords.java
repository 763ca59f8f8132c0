package io.lbaas.notifier.subscriber;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbSubscribed;
import io.lbaas.events.lb.LbUnsubscribed;
import io.lbaas.events.subscriber.SubscriberCreated;
import io.lbaas.events.subscriber.SubscriberDeleted;
import io.lbaas.events.subscriber.SubscriberSecretRotated;
import io.lbaas.events.subscriber.SubscriberUpdated;
import io.lbaas.notifier.delivery.NotifierConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/**
 * Keeps the subscribers (where to send, how to sign) and which one each LB alerts, as the log says. Every statement
 * is guarded by the aggregate's version, so that a log read again never takes a subscriber back in time.
 */
@ApplicationScoped
public class SubscriberRecords {

    private static final String CREATE = """
            INSERT INTO notifier.subscriber (id, organization_id, project_id, name, email, webhook_uri, secret, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (id) DO NOTHING""";
    /** An update is how a tenant turns back on a webhook that a receiver had answered 410 Gone. */
    private static final String UPDATE = """
            UPDATE notifier.subscriber SET name = $2, email = $3, webhook_uri = $4, webhook_disabled_reason = NULL,
                version = $5
            WHERE id = $1 AND version < $5""";
    private static final String ROTATE = """
            UPDATE notifier.subscriber SET previous_secret = secret, previous_secret_until = $3, secret = $2,
                version = $4
            WHERE id = $1 AND version < $4""";
    private static final String DELETE = """
            UPDATE notifier.subscriber SET deleted = true, version = $2 WHERE id = $1 AND version < $2""";
    private static final String SUBSCRIBE = """
            UPDATE notifier.lb_status SET subscriber_id = $2, version = $3 WHERE lb_id = $1 AND version < $3""";

    private final NotifierConfig config;

    SubscriberRecords(NotifierConfig config) {
        this.config = config;
    }

    public Uni<Void> apply(SqlConnection connection, EventEnvelope event) {
        Statement statement = statement(event);
        return statement == null ? Uni.createFrom().voidItem()
                : connection.preparedQuery(statement.sql()).execute(statement.arguments()).replaceWithVoid();
    }

    private record Statement(String sql, Tuple arguments) {
    }

    private Statement statement(EventEnvelope event) {
        UUID id = event.aggregateId();
        long version = event.aggregateVersion();
        if (event.payload() instanceof SubscriberCreated created) {
            return new Statement(CREATE, Tuple.from(Arrays.asList(id, event.organizationId(), event.projectId(),
                    created.name(), created.email(), created.webhookUri(), created.webhookSecret(), version)));
        }
        if (event.payload() instanceof SubscriberUpdated updated) {
            return new Statement(UPDATE, Tuple.from(Arrays.asList(id, updated.name(), updated.email(),
                    updated.webhookUri(), version)));
        }
        if (event.payload() instanceof SubscriberSecretRotated rotated) {
            return new Statement(ROTATE, Tuple.of(id, rotated.webhookSecret(),
                    event.occurredAt().plus(config.secretRotationOverlap()).atOffset(ZoneOffset.UTC), version));
        }
        if (event.payload() instanceof SubscriberDeleted) {
            return new Statement(DELETE, Tuple.of(id, version));
        }
        if (event.payload() instanceof LbSubscribed subscribed) {
            return new Statement(SUBSCRIBE, Tuple.of(id, subscribed.subscriberId(), version));
        }
        if (event.payload() instanceof LbUnsubscribed) {
            return new Statement(SUBSCRIBE, Tuple.from(Arrays.asList(id, null, version)));
        }
        return null;
    }
}
