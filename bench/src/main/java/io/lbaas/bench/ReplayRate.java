package io.lbaas.bench;

import io.lbaas.events.Actor;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbUpdated;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.KeycloakAdmin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * (c) Replay rate: appends a history of LB events straight to the log (creations, then renames), then asks the
 * projection to rebuild the read models from the first event and reports what it measured.
 */
final class ReplayRate {

    private static final int PROJECTS = 64;
    private static final int LBS_PER_PROJECT = 100;
    private static final String LEVEL = "ssl_compatibility_level_intermediate";

    private final Target target;

    ReplayRate(Target target) {
        this.target = target;
    }

    /** Appends at least {@code events} events; returns how many. */
    int appendHistory(int events) {
        int versions = Math.max(1, (events + PROJECTS * LBS_PER_PROJECT - 1) / (PROJECTS * LBS_PER_PROJECT));
        int appended = 0;
        try (EventLogWriter log = new EventLogWriter(target.kafka())) {
            UUID organization = UUID.randomUUID();
            for (int p = 0; p < PROJECTS; p++) {
                UUID project = UUID.randomUUID();
                List<EventEnvelope> batch = new ArrayList<>();
                for (int l = 0; l < LBS_PER_PROJECT; l++) {
                    UUID lb = UUID.randomUUID();
                    for (int version = 1; version <= versions; version++) {
                        EventContext context = new EventContext(Instant.now().truncatedTo(ChronoUnit.MICROS),
                                "fr-par", "fr-par-1", organization, project, Actor.system("bench"),
                                UUID.randomUUID(), null);
                        batch.add(context.envelope(lb, version, version == 1
                                ? new LbCreated("replay-" + l, "", "LB-S", List.of("bench"), LEVEL)
                                : new LbUpdated("replay-" + l + "-v" + version, "", List.of("bench"), LEVEL)));
                    }
                }
                log.append(batch);
                appended += batch.size();
            }
        }
        return appended;
    }

    String rebuild() throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin(target.keycloak());
        String operator = "bench-operator-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createUser(operator, null, List.of(), List.of("lb-admin"));
        String token = keycloak.passwordToken(KeycloakAdmin.CLI_CLIENT, operator, operator);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(target.projection() + "/admin/rebuild"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " " + answer.body();
    }
}
