package io.lbaas.it.ovh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lbaas.it.sdk.NodeSuite;
import io.lbaas.testsupport.ProjectRoot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * OVH's own Node client ({@code ovh} 2.0.3) as examples/ovh-client/ovh.mjs drives it: each call is one run of the
 * script, whose one line of JSON is the client's result or its error ({@code error} = the HTTP status).
 */
final class OvhClient {

    private static final NodeSuite PROJECT = new NodeSuite(ProjectRoot.path().resolve("examples/ovh-client"),
            "ovh-client");
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> environment;

    private OvhClient(Map<String, String> environment) {
        this.environment = environment;
    }

    static void install() {
        PROJECT.install();
    }

    static OvhClient of(String baseUrl, String applicationKey, String applicationSecret) {
        return new OvhClient(Map.of("OVH_BASE_URL", baseUrl + "/1.0", "OVH_APPLICATION_KEY", applicationKey,
                "OVH_APPLICATION_SECRET", applicationSecret));
    }

    OvhClient with(String variable, String value) {
        Map<String, String> changed = new HashMap<>(environment);
        changed.put(variable, value);
        return new OvhClient(changed);
    }

    OvhClient consumerKey(String consumerKey) {
        return with("OVH_CONSUMER_KEY", consumerKey);
    }

    /** {@code {"ok":true,"result":...}} or {@code {"ok":false,"error":<status>,"message":...}}. */
    JsonNode run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("ovh.mjs"));
        command.addAll(List.of(arguments));
        NodeSuite.Run run = PROJECT.node("ovh-" + RUNS.incrementAndGet() + "-" + arguments[0], command, environment);
        if (run.exitCode() != 0) {
            throw new AssertionError("node ovh.mjs " + String.join(" ", arguments) + " exited with "
                    + run.exitCode() + ":\n" + run.output());
        }
        String[] lines = run.output().strip().split("\n");
        try {
            return JSON.readTree(lines[lines.length - 1]);
        } catch (IOException e) {
            throw new AssertionError("not JSON from ovh.mjs:\n" + run.output(), e);
        }
    }
}
