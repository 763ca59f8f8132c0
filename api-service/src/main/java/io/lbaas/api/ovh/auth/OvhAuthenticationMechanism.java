package io.lbaas.api.ovh.auth;

import io.lbaas.api.ovh.error.OvhAuthenticationFailed;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.error.OvhPaths;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Set;

/**
 * Authenticates OVH's clients on the OVH paths: {@code X-Ovh-Application}, {@code X-Ovh-Consumer},
 * {@code X-Ovh-Timestamp} (within {@code lbaas.ovh.timestamp-window}) and {@code X-Ovh-Signature}. The checks that
 * need the read models (the application's secret, the consumer key's identity and access rules) are
 * {@link OvhIdentityProvider}'s. A request with {@code Authorization} is left to OIDC: a Keycloak token works on OVH
 * paths too. It reads the raw body the signature covers ({@link OvhBodyCapture}).
 */
@ApplicationScoped
public class OvhAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String APPLICATION = "X-Ovh-Application";
    public static final String CONSUMER = "X-Ovh-Consumer";
    public static final String TIMESTAMP = "X-Ovh-Timestamp";
    public static final String SIGNATURE = "X-Ovh-Signature";

    private final OvhConfig config;
    private final Clock clock;

    OvhAuthenticationMechanism(OvhConfig config) {
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        HttpServerRequest request = context.request();
        String applicationKey = request.getHeader(APPLICATION);
        if (!OvhPaths.isOvh(context.normalizedPath()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || applicationKey == null) {
            return Uni.createFrom().nullItem();
        }
        try {
            String consumerKey = request.getHeader(CONSUMER);
            if (consumerKey == null || consumerKey.isBlank()) {
                throw OvhException.auth(403, "NOT_CREDENTIAL", "This call has not been granted: it needs a consumer key");
            }
            String timestamp = request.getHeader(TIMESTAMP);
            checkTimestamp(timestamp);
            String target = request.uri();
            int query = target.indexOf('?');
            String path = OvhPaths.relative(query < 0 ? target : target.substring(0, query));
            Set<String> urls = OvhSignature.urls(request.scheme(), host(request), target, config.publicUrl());
            String method = request.method().name();
            return OvhBodyCapture.read(context)
                    .onFailure().transform(e -> OvhAuthenticationFailed.of(
                            OvhException.badRequest("The request body cannot be read: " + e.getMessage()), context))
                    .chain(body -> identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                            new OvhSignedRequest(applicationKey.trim(), consumerKey.trim(),
                                    request.getHeader(SIGNATURE), method, urls, body, timestamp, path), context)));
        } catch (OvhException e) {
            return Uni.createFrom().failure(OvhAuthenticationFailed.of(e, context));
        }
    }

    /** The host and port the client addressed: {@code Host} on HTTP/1.1, the {@code :authority} on HTTP/2. */
    static String host(HttpServerRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null) {
            return host;
        }
        HostAndPort authority = request.authority();
        if (authority == null) {
            return null;
        }
        String name = authority.host().contains(":") && !authority.host().startsWith("[")
                ? "[" + authority.host() + "]" : authority.host();
        return authority.port() >= 0 ? name + ":" + authority.port() : name;
    }

    private void checkTimestamp(String timestamp) {
        long sent;
        try {
            sent = Long.parseLong(timestamp == null ? "" : timestamp.trim());
        } catch (NumberFormatException e) {
            throw OvhException.auth(400, "INVALID_SIGNATURE", "Invalid or missing X-Ovh-Timestamp");
        }
        long now = clock.millis() / 1000;
        if (Math.abs(now - sent) > config.timestampWindow().toSeconds()) {
            throw OvhException.auth(400, "QUERY_TIME_OUT", "Query out of time: X-Ovh-Timestamp is " + (now - sent)
                    + " s away from the server's time (GET /auth/time)");
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(OvhSignedRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER,
                APPLICATION));
    }
}
