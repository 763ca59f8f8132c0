package io.lbaas.notifier.webhook;

import io.lbaas.events.subscriber.WebhookAddresses;
import io.lbaas.notifier.delivery.Attempt;
import io.lbaas.notifier.delivery.Channel;
import io.lbaas.notifier.delivery.Delivery;
import io.lbaas.notifier.delivery.NotifierConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POSTs an alert to a subscriber's webhook, signed per Standard Webhooks ({@code webhook-id} is the event's id, the
 * same on every attempt). The host is resolved here and the connection made to the address that was checked, so
 * that a DNS answer changed since the subscriber was saved cannot send us inside our own network. Redirects are not
 * followed, for the same reason: a 3xx is a failed attempt.
 */
@ApplicationScoped
public class WebhookSender implements Channel {

    private static final int MAX_ERROR_BODY = 200;
    private static final long MAX_ANSWER = 64 * 1024;
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

    private final Vertx vertx;
    private final HttpClient client;
    private final Duration responseTimeout;
    private final boolean allowPrivate;

    WebhookSender(Vertx vertx, NotifierConfig config, WebhookTargetConfig targets) {
        this.vertx = vertx;
        this.responseTimeout = config.webhook().responseTimeout();
        this.allowPrivate = targets.allowPrivateWebhookTargets();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.webhook().connectTimeout().toMillis())
                .setForceSni(true)
                .setMaxPoolSize(config.maxInFlight())
                .setKeepAlive(true));
    }

    void close(@Observes ShutdownEvent stopping) {
        client.closeAndForget();
    }

    @Override
    public String name() {
        return Delivery.WEBHOOK;
    }

    @Override
    public Uni<Attempt> attempt(Delivery delivery) {
        URI uri = URI.create(delivery.recipient().webhookUri());
        String host = WebhookAddresses.host(uri);
        return resolve(host).chain(addresses -> {
            if (addresses == null) {
                return Uni.createFrom().item(Attempt.failed("the host " + host + " does not resolve"));
            }
            Optional<InetAddress> refused = allowPrivate ? Optional.empty() : WebhookAddresses.firstRefused(addresses);
            return refused.isPresent() ? Uni.createFrom().item(Attempt.failed("refused: " + host + " resolves to "
                    + refused.get().getHostAddress() + ", which is not a public address"))
                    : post(delivery, uri, addresses[0]);
        });
    }

    /** Every address of the host; null when it does not resolve. */
    private Uni<InetAddress[]> resolve(String host) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                return InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                return null;
            }
        }), false);
    }

    private Uni<Attempt> post(Delivery delivery, URI uri, InetAddress address) {
        byte[] body = delivery.alert().json();
        String id = delivery.alert().data().eventId().toString();
        long timestamp = Instant.now().getEpochSecond();
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(uri.toString())
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setIdleTimeout(responseTimeout.toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "lbaas-notifier")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSignature.header(delivery.recipient().secrets(), id,
                        timestamp, body));
        AtomicReference<HttpClientRequest> sending = new AtomicReference<>();
        return client.request(request)
                .invoke(sending::set)
                .chain(started -> started.send(Buffer.buffer(body)))
                .chain(WebhookSender::answer)
                .ifNoItem().after(responseTimeout).failWith(() -> new WebhookTimeout(responseTimeout))
                .onFailure().invoke(() -> resetIfStarted(sending))
                .onCancellation().invoke(() -> resetIfStarted(sending))
                .onFailure().recoverWithItem(e -> Attempt.failed(describe(e)));
    }

    /** A request given up on is reset, so that it holds no connection and the receiver sees it end. */
    private static void resetIfStarted(AtomicReference<HttpClientRequest> sending) {
        HttpClientRequest started = sending.get();
        if (started != null) {
            started.reset();
        }
    }

    /**
     * The outcome by the status; the answer's first bytes go into the error of a failure. A longer answer than
     * anyone needs is cut, so that no receiver can make us hold more than that.
     */
    private static Uni<Attempt> answer(HttpClientResponse response) {
        Buffer start = Buffer.buffer();
        AtomicLong size = new AtomicLong();
        response.handler(chunk -> {
            if (size.addAndGet(chunk.length()) > MAX_ANSWER) {
                response.request().reset();
            } else if (start.length() < MAX_ERROR_BODY) {
                start.appendBuffer(chunk.getBuffer(0, Math.min(chunk.length(), MAX_ERROR_BODY - start.length())));
            }
        });
        return response.end().onFailure().recoverWithNull().map(ended -> outcome(response, start));
    }

    private static Attempt outcome(HttpClientResponse response, Buffer answer) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Attempt.delivered(status);
        }
        String text = answer.toString();
        String error = "HTTP " + status + " " + response.statusMessage() + (text.isBlank() ? "" : ": " + text.strip());
        if (status == 410) {
            return Attempt.gone(error + " (the webhook is disabled until the subscriber is updated)");
        }
        return Attempt.failed(status, error, retryAfter(response.getHeader("retry-after")));
    }

    /** Retry-After in seconds or as an HTTP date; at most a day, whatever the receiver asks. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(Instant.now(), ZonedDateTime.parse(header.strip(),
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static final class WebhookTimeout extends RuntimeException {
        WebhookTimeout(Duration timeout) {
            super("no complete answer within " + timeout.toMillis() + " ms");
        }
    }
}
