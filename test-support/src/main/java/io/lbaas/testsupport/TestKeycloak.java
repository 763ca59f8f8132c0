package io.lbaas.testsupport;

import org.awaitility.Awaitility;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Keycloak for the tests of this run, with the project's realm file imported into a fresh database, on a port
 * of its own ({@code lbaas.test.keycloak.port}, default 18180). One already listening there is reused.
 */
public final class TestKeycloak {

    private final int port;

    private TestKeycloak(int port) {
        this.port = port;
    }

    static TestKeycloak startOrReuse() {
        int port = Integer.getInteger("lbaas.test.keycloak.port", 18180);
        TestKeycloak keycloak = new TestKeycloak(port);
        if (!Ports.listening(port)) {
            BackgroundProcess process = BackgroundProcess.start("keycloak",
                    Scripts.command("keycloak-run", "--fresh", Integer.toString(port), Integer.toString(port + 1),
                            "keycloak_test"),
                    Map.of(), ProjectRoot.scratch("keycloak-" + port + ".log"));
            Awaitility.await("Keycloak on port " + port).atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.alive()) {
                            throw new IllegalStateException("Keycloak exited, see " + process.log());
                        }
                        return keycloak.realmServed();
                    });
        }
        return keycloak;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + KeycloakAdmin.REALM;
    }

    private boolean realmServed() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
