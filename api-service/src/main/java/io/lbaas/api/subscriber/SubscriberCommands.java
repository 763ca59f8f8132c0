package io.lbaas.api.subscriber;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.lb.LbView;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.quota.ProjectQuotas;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.api.tenancy.Projects;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbSubscribed;
import io.lbaas.events.lb.LbUnsubscribed;
import io.lbaas.events.subscriber.SubscriberCreated;
import io.lbaas.events.subscriber.SubscriberDeleted;
import io.lbaas.events.subscriber.SubscriberSecretRotated;
import io.lbaas.events.subscriber.SubscriberUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Decides the commands on subscribers and subscriptions. Deleting a subscriber unsubscribes, in the same decision,
 * every load balancer it was subscribed to: no LB is ever left pointing at a subscriber that is gone.
 */
@ApplicationScoped
public class SubscriberCommands {

    private static final int MAX_NAME = 255;
    private static final Pattern EMAIL = Pattern.compile(
            "(?=.{3,254}$)[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandBus bus;
    private final SubscriberQueries queries;
    private final LbQueries lbs;
    private final WebhookTargets webhooks;
    private final ProjectQuotas quotas;

    SubscriberCommands(CommandBus bus, SubscriberQueries queries, LbQueries lbs, WebhookTargets webhooks,
                       ProjectQuotas quotas) {
        this.bus = bus;
        this.queries = queries;
        this.lbs = lbs;
        this.webhooks = webhooks;
        this.quotas = quotas;
    }

    private record Config(String name, String email, String webhookUri) {
    }

    public Uni<SubscriberView> create(Caller caller, Locality locality, SubscriberRequest request,
                                      UUID correlationId) {
        SubscriberRequest body = request == null ? SubscriberRequest.EMPTY : request;
        Arguments arguments = new Arguments();
        UUID project = Projects.target(arguments, caller, body.projectId(), body.organizationId());
        UUID id = UUID.randomUUID();
        String secret = newSecret();
        return validated(body, arguments).chain(config -> bus.execute(project,
                () -> quotas.requireSubscribers(project, 1).replaceWith(List.of(context(caller, locality, project,
                        correlationId).envelope(id, 1, new SubscriberCreated(config.name(), config.email(),
                        config.webhookUri(), secret)))),
                () -> queries.require(caller, locality, id).map(subscriber -> SubscriberView.of(subscriber)
                        .withSecret(secret))));
    }

    public Uni<SubscriberView> update(Caller caller, Locality locality, UUID id, SubscriberRequest request,
                                      UUID correlationId) {
        return validated(request == null ? SubscriberRequest.EMPTY : request, new Arguments()).chain(config ->
                bus.change(() -> queries.require(caller, locality, id), subscriber -> subscriber.projectId,
                        subscriber -> Uni.createFrom().item(List.of(context(caller, locality, subscriber.projectId,
                                correlationId).envelope(id, subscriber.version + 1, new SubscriberUpdated(
                                        config.name(), config.email(), config.webhookUri())))),
                        () -> queries.require(caller, locality, id).map(SubscriberView::of)));
    }

    /**
     * A new secret signs the subscriber's webhooks from now on, shown in this answer only; the notifier goes on
     * signing with the old one too for a while, so that receivers can switch over without losing a delivery.
     */
    public Uni<SubscriberView> rotateSecret(Caller caller, Locality locality, UUID id, UUID correlationId) {
        String secret = newSecret();
        return bus.change(() -> queries.require(caller, locality, id), subscriber -> subscriber.projectId,
                subscriber -> Uni.createFrom().item(List.of(context(caller, locality, subscriber.projectId,
                        correlationId).envelope(id, subscriber.version + 1, new SubscriberSecretRotated(secret)))),
                () -> queries.require(caller, locality, id).map(subscriber -> SubscriberView.of(subscriber)
                        .withSecret(secret)));
    }

    public Uni<Void> delete(Caller caller, Locality locality, UUID id, UUID correlationId) {
        return bus.change(() -> queries.require(caller, locality, id), subscriber -> subscriber.projectId,
                subscriber -> queries.subscribedTo(id).map(subscribed -> {
                    EventContext context = context(caller, locality, subscriber.projectId, correlationId);
                    List<EventEnvelope> events = new ArrayList<>();
                    for (LbEntity lb : subscribed) {
                        events.add(context.envelope(lb.id, lb.version + 1, new LbUnsubscribed(id)));
                    }
                    events.add(context.envelope(id, subscriber.version + 1, new SubscriberDeleted()));
                    return events;
                }),
                () -> Uni.createFrom().voidItem());
    }

    /** The LB's alerts go to the subscriber, of the same project, instead of any it had. */
    public Uni<LbView> subscribe(Caller caller, Locality locality, UUID lbId,
                                 SubscriberRequest.Subscription request, UUID correlationId) {
        if (request == null || request.subscriberId() == null) {
            throw ApiException.invalidArgument("subscriber_id", Arguments.REQUIRED, "the subscriber to alert");
        }
        UUID subscriberId = request.subscriberId();
        return bus.change(() -> lbs.require(caller, locality, lbId), lb -> lb.projectId,
                lb -> queries.require(caller, locality, subscriberId).map(subscriber -> {
                    if (!subscriber.projectId.equals(lb.projectId)) {
                        throw ApiException.invalidArgument("subscriber_id", Arguments.CONSTRAINT,
                                "must be a subscriber of the load balancer's project " + lb.projectId);
                    }
                    return List.of(lbContext(caller, lb.requireSettled(), correlationId)
                            .envelope(lbId, lb.version + 1, new LbSubscribed(subscriberId)));
                }),
                () -> lbs.require(caller, locality, lbId).map(LbView::of));
    }

    public Uni<LbView> unsubscribe(Caller caller, Locality locality, UUID lbId, UUID correlationId) {
        return bus.change(() -> lbs.require(caller, locality, lbId), lb -> lb.projectId,
                lb -> Uni.createFrom().item(lb.subscriber == null ? List.<EventEnvelope>of()
                        : List.of(lbContext(caller, lb.requireSettled(), correlationId).envelope(lbId, lb.version + 1,
                        new LbUnsubscribed(lb.subscriber.id)))),
                () -> lbs.require(caller, locality, lbId).map(LbView::of));
    }

    private Uni<Config> validated(SubscriberRequest body, Arguments arguments) {
        String name = arguments.text("name", body.name(), MAX_NAME);
        if ((body.emailConfig() == null) == (body.webhookConfig() == null)) {
            arguments.problem("email_config", Arguments.CONSTRAINT, "exactly one of email_config and webhook_config");
        }
        String email = body.emailConfig() == null ? null : body.emailConfig().email();
        if (body.emailConfig() != null && (email == null || !EMAIL.matcher(email).matches())) {
            arguments.problem("email_config.email", email == null ? Arguments.REQUIRED : Arguments.FORMAT,
                    "an e-mail address");
        }
        arguments.throwIfAny();
        if (body.webhookConfig() == null) {
            return Uni.createFrom().item(new Config(name, email, null));
        }
        return webhooks.check(body.webhookConfig().uri()).map(uri -> new Config(name, null, uri));
    }

    private static EventContext context(Caller caller, Locality locality, UUID project, UUID correlationId) {
        return Decisions.context(caller, locality.region(), locality.zonal() ? locality.zone() : null, project,
                correlationId);
    }

    private static EventContext lbContext(Caller caller, LbEntity lb, UUID correlationId) {
        return Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId);
    }

    /** Standard Webhooks' form: {@code whsec_} and the base64 of 32 random bytes. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }
}
