package io.lbaas.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} the real Kafka, PostgreSQL and Keycloak of this run. The programs outlive the
 * application under test and stop when the JVM exits.
 */
public class StackResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestStack.get().serviceConfig();
    }

    @Override
    public void stop() {
        // The stack is shared by every test application of this JVM; BackgroundProcess stops it at exit.
    }
}
