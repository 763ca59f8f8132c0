package io.lbaas.api.subscriber;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.events.subscriber.WebhookAddresses;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Checks where a webhook would be sent: an absolute http(s) URI whose host resolves only to public addresses, so
 * that no tenant can make us call loopback, private networks, link-local or cloud-metadata addresses. The notifier
 * checks again when it sends, since DNS answers change.
 */
@ApplicationScoped
public class WebhookTargets {

    static final String ARGUMENT = "webhook_config.uri";

    private final Vertx vertx;
    private final boolean allowPrivate;

    WebhookTargets(Vertx vertx, SubscriberConfig config) {
        this.vertx = vertx;
        this.allowPrivate = config.allowPrivateWebhookTargets();
    }

    /** The URI as given, once it is known to be acceptable; a 400 naming {@code webhook_config.uri} otherwise. */
    public Uni<String> check(String uri) {
        URI parsed = parse(uri);
        if (allowPrivate) {
            return Uni.createFrom().item(uri);
        }
        String host = WebhookAddresses.host(parsed);
        // Resolving blocks: it runs on a worker, and the answer comes back on the caller's context.
        return Uni.createFrom().completionStage(() -> vertx.executeBlocking(() -> resolve(host), false)
                        .toCompletionStage())
                .map(addresses -> {
                    WebhookAddresses.firstRefused(addresses).ifPresent(address -> {
                        throw ApiException.invalidArgument(ARGUMENT, Arguments.CONSTRAINT, host + " resolves to "
                                + address.getHostAddress() + ", which is not a public address");
                    });
                    return uri;
                });
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw ApiException.invalidArgument(ARGUMENT, Arguments.CONSTRAINT, "the host " + host
                    + " does not resolve");
        }
    }

    private static URI parse(String uri) {
        try {
            URI parsed = uri == null || uri.length() > 2048 ? null : new URI(uri);
            if (parsed != null && parsed.isAbsolute() && parsed.getHost() != null && parsed.getRawUserInfo() == null
                    && ("https".equalsIgnoreCase(parsed.getScheme()) || "http".equalsIgnoreCase(parsed.getScheme()))) {
                return parsed;
            }
        } catch (URISyntaxException ignored) {
            // answered below
        }
        throw ApiException.invalidArgument(ARGUMENT, uri == null ? Arguments.REQUIRED : Arguments.FORMAT,
                "an absolute http or https URI with a host and no credentials, at most 2048 characters");
    }
}
