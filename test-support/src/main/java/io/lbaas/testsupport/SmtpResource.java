package io.lbaas.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points a {@code @QuarkusTest}'s mailer at the test SMTP server of this JVM. */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port",
                Integer.toString(TestSmtp.get().port()));
    }

    @Override
    public void stop() {
        // The server is shared by the JVM and stops at its exit.
    }
}
