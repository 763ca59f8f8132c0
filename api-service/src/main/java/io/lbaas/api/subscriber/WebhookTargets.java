package io.lbaas.api.subscriber;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Checks where a webhook would be sent: an absolute http(s) URI whose host resolves only to public addresses, so
 * that no tenant can make us call loopback, private networks, link-local or cloud-metadata addresses. The notifier
 * checks again when it sends, since DNS answers change.
 */
@ApplicationScoped
public class WebhookTargets {

    static final String ARGUMENT = "webhook_config.uri";
    private static final List<IPAddress> REFUSED = List.of(
            block("0.0.0.0/8"), block("100.64.0.0/10"), block("192.0.0.0/24"), block("198.18.0.0/15"),
            block("240.0.0.0/4"), block("64:ff9b::/96"), block("fc00::/7"));

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
        String host = parsed.getHost().startsWith("[") ? parsed.getHost().substring(1, parsed.getHost().length() - 1)
                : parsed.getHost();
        // Resolving blocks: it runs on a worker, and the answer comes back on the caller's context.
        return Uni.createFrom().completionStage(() -> vertx.executeBlocking(() -> resolve(host), false)
                        .toCompletionStage())
                .map(addresses -> {
                    Arrays.stream(addresses).filter(WebhookTargets::refused).findFirst().ifPresent(address -> {
                        throw ApiException.invalidArgument(ARGUMENT, Arguments.CONSTRAINT, host + " resolves to "
                                + address.getHostAddress() + ", which is not a public address");
                    });
                    return uri;
                });
    }

    /** Loopback, private, link-local (with cloud metadata at 169.254.169.254), multicast and reserved ranges. */
    public static boolean refused(InetAddress address) {
        IPAddress ip = new IPAddressString(address.getHostAddress()).getAddress();
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || ip == null
                || REFUSED.stream().anyMatch(block -> block.contains(ip));
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

    private static IPAddress block(String cidr) {
        return new IPAddressString(cidr).getAddress();
    }
}
