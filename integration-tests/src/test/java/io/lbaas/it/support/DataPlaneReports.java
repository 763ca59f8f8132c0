package io.lbaas.it.support;

import io.lbaas.events.Actor;
import io.lbaas.events.EventContext;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.Tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Plays the data plane for LBs of fr-par-1, a zone the tests' agent does not serve: writes what it would come to
 * (status changes on the event log, observations of backend servers in the stats read model), so that a test
 * chooses the status it needs.
 */
public final class DataPlaneReports {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";

    private final SystemUnderTest system;
    private final Api api;

    public DataPlaneReports(SystemUnderTest system) {
        this.system = system;
        this.api = system.api();
    }

    /** What the data plane appends when it sees the LB in a new status; returns once the API shows it. */
    public void lbStatus(Tenant tenant, String lb, String status) throws SQLException {
        long version;
        UUID organization;
        try (Connection connection = system.readModels();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT version, organization_id FROM lb WHERE id = ?")) {
            query.setObject(1, UUID.fromString(lb));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                version = row.getLong(1);
                organization = row.getObject(2, UUID.class);
            }
        }
        EventContext context = new EventContext(Instant.now().truncatedTo(ChronoUnit.MICROS), "fr-par", "fr-par-1",
                organization, tenant.project(), Actor.system("dataplane-test"), UUID.randomUUID(), null);
        try (EventLogWriter writer = new EventLogWriter(system.stack().kafkaBootstrapServers())) {
            writer.append(context.envelope(UUID.fromString(lb), version + 1, new LbStatusChanged(status, null)));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(tenant.readerToken(), ZONE + "/lbs/" + lb)
                .json().get("status").asText().equals(status));
    }

    /** What an agent's heartbeat records: it runs the LB (and so must say when it has taken it down). */
    public void agentRuns(String lb) throws SQLException {
        try (Connection connection = system.readModels();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO dataplane_heartbeat (lb_id, instance_id, seen_at) VALUES (?, 'test-agent', now())")) {
            insert.setObject(1, UUID.fromString(lb));
            insert.executeUpdate();
        }
    }

    /** What the data plane writes to the stats read model when it polls HAProxy. */
    public void serverObserved(String lb, String backend, String ip, String state, String check)
            throws SQLException {
        try (Connection connection = system.readModels();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO backend_server_stats (backend_id, ip, lb_id, instance_id, server_state,
                         server_state_changed_at, last_health_check_status, observed_at)
                     VALUES (?, ?, ?, 'test-agent', ?, now(), ?, now())""")) {
            insert.setObject(1, UUID.fromString(backend));
            insert.setString(2, ip);
            insert.setObject(3, UUID.fromString(lb));
            insert.setString(4, state);
            insert.setString(5, check);
            insert.executeUpdate();
        }
    }
}
