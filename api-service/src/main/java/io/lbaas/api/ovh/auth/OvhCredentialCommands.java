package io.lbaas.api.ovh.auth;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.ovh.application.OvhApplicationEntity;
import io.lbaas.api.ovh.application.OvhApplicationQueries;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.Actor;
import io.lbaas.events.EventContext;
import io.lbaas.events.ovh.OvhAccessRule;
import io.lbaas.events.ovh.OvhCredentialRequested;
import io.lbaas.events.ovh.OvhCredentialValidated;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Consumer keys: an application asks for one with its access rules (pending), a user of the application's
 * organization validates it by signing in, and from then on it acts as that user within its rules.
 */
@ApplicationScoped
public class OvhCredentialCommands {

    /** The actor type of events an application caused by itself, before any user validated anything. */
    static final String APPLICATION_ACTOR = "ovh_application";
    static final String RESOURCE = "ovh_credential";

    private final CommandBus bus;
    private final OvhApplicationQueries applications;

    OvhCredentialCommands(CommandBus bus, OvhApplicationQueries applications) {
        this.bus = bus;
        this.applications = applications;
    }

    /** What {@code POST /auth/credential} answers. */
    public record Requested(UUID id, String consumerKey) {
    }

    public Uni<Requested> request(String applicationKey, List<OvhAccessRule> rules, String redirection,
                                  UUID correlationId) {
        List<OvhAccessRule> checked = check(rules);
        String checkedRedirection = checkRedirection(redirection);
        return live(applicationKey).chain(application -> {
            UUID id = UUID.randomUUID();
            String consumerKey = Keys.consumerKey();
            UUID organization = application.organizationId;
            EventContext context = new EventContext(Instant.now().truncatedTo(ChronoUnit.MICROS), null, null,
                    organization, organization, new Actor(APPLICATION_ACTOR, application.id.toString(),
                    application.applicationKey), correlationId, null);
            return bus.execute(organization,
                    () -> live(applicationKey).map(stillLive -> List.of(context.envelope(id, 1,
                            new OvhCredentialRequested(application.id, Keys.sha256(consumerKey), checked,
                                    checkedRedirection)))),
                    () -> Uni.createFrom().item(new Requested(id, consumerKey)));
        });
    }

    /** A pending credential a user is about to validate, with the application it is for. */
    public Uni<OvhCredentialEntity> requirePending(UUID id) {
        return Panache.withSession(() -> OvhCredentialEntity.<OvhCredentialEntity>findById(id)).map(credential -> {
            if (credential == null) {
                throw ApiException.notFound(RESOURCE, id);
            }
            if (!OvhCredentialEntity.PENDING.equals(credential.status)) {
                throw ApiException.preconditionFailed("credential_not_pending",
                        "this consumer key was already validated");
            }
            return credential;
        });
    }

    /**
     * Binds the pending consumer key to {@code caller}, who must belong to the application's organization, with the
     * roles it holds among {@code roles}.
     */
    public Uni<OvhCredentialEntity> validate(Caller caller, Set<String> roles, UUID id, UUID correlationId) {
        return bus.change(() -> requirePending(id), credential -> credential.organizationId,
                credential -> {
                    if (caller.grantsNothing() || !caller.organizationId().equals(credential.organizationId)) {
                        throw ApiException.permissionDenied(RESOURCE, "write");
                    }
                    return Panache.withSession(() -> OvhApplicationEntity.<OvhApplicationEntity>findById(
                            credential.applicationId)).map(application -> {
                                if (application == null || application.deleted) {
                                    throw ApiException.notFound(RESOURCE, id);
                                }
                                return List.of(Decisions.context(caller, null, null, credential.organizationId,
                                        correlationId).envelope(id, credential.version + 1,
                                        new OvhCredentialValidated(caller.actor().id(), caller.actor().name(),
                                                caller.actor().type(),
                                                caller.projectIds().stream().sorted().toList(),
                                                roles.stream().sorted().toList())));
                            });
                },
                () -> Panache.withSession(() -> OvhCredentialEntity.<OvhCredentialEntity>findById(id)));
    }

    private Uni<OvhApplicationEntity> live(String applicationKey) {
        if (applicationKey == null || applicationKey.isBlank()) {
            throw OvhException.auth(403, "INVALID_KEY", "This application key is invalid");
        }
        return applications.findByKey(applicationKey.trim()).map(application -> {
            if (application == null) {
                throw OvhException.auth(403, "INVALID_KEY", "This application key is invalid");
            }
            return application;
        });
    }

    static List<OvhAccessRule> check(List<OvhAccessRule> rules) {
        if (rules == null || rules.isEmpty()) {
            throw OvhException.badRequest("Invalid parameter accessRules: at least one access rule is required");
        }
        if (rules.size() > 100) {
            throw OvhException.badRequest("Invalid parameter accessRules: at most 100 access rules");
        }
        List<OvhAccessRule> checked = new ArrayList<>();
        for (OvhAccessRule rule : rules) {
            if (rule == null || rule.method() == null || !AccessRules.METHODS.contains(rule.method())) {
                throw OvhException.badRequest("Invalid parameter accessRules.method: must be one of DELETE, GET, "
                        + "POST, PUT");
            }
            if (rule.path() == null || !rule.path().startsWith("/") || rule.path().length() > 1000) {
                throw OvhException.badRequest("Invalid parameter accessRules.path: must start with /");
            }
            checked.add(new OvhAccessRule(rule.method(), rule.path()));
        }
        return checked;
    }

    static String checkRedirection(String redirection) {
        if (redirection == null || redirection.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(redirection.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && redirection.length() <= 2000) {
                return redirection.trim();
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw OvhException.badRequest("Invalid parameter redirection: must be an http or https URL");
    }
}
