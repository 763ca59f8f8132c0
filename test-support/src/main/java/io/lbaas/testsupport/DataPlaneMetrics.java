package io.lbaas.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a running data-plane agent counts, read from its Prometheus endpoint, for tests and benchmarks. */
public final class DataPlaneMetrics {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DataPlaneMetrics() {
    }

    /** How many configurations the agent at {@code agentUrl} applied with {@code outcome} (reloaded, runtime...). */
    public static double applies(String agentUrl, String outcome) {
        return read(agentUrl, "lbaas_dataplane_applies_total\\{[^}]*outcome=\"" + outcome + "\"[^}]*}");
    }

    /** How many load balancers the agent at {@code agentUrl} runs (watches, vouches for and changes). */
    public static int lbs(String agentUrl) {
        return (int) read(agentUrl, "lbaas_dataplane_lbs(?:\\{[^}]*})?");
    }

    /** The value of the first sample matching {@code sample} (a regex of its name and labels); 0 if none. */
    private static double read(String agentUrl, String sample) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(agentUrl + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = Pattern.compile("(?m)^" + sample + " (\\S+)").matcher(metrics);
            return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the metrics of " + agentUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
