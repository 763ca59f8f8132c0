package io.lbaas.projection.ovhssl;

import io.lbaas.events.EventContext;
import io.lbaas.events.certificate.CertificateDeleted;
import io.lbaas.events.ovh.OvhSslAdded;
import io.lbaas.events.ovh.OvhSslRenamed;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.StackResource;
import io.lbaas.testsupport.TestEvents;
import io.lbaas.testsupport.TestStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(StackResource.class)
class OvhSslProjectionTest {

    private final EventLogWriter log = TestStack.get().eventLog();

    @Inject
    Pool pool;

    @Test
    void aCertificateIsKeptRenamedAndDeletedAndAStaleRenameChangesNothing() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();
        UUID ssl = UUID.randomUUID();
        Instant expiry = Instant.parse("2027-06-01T12:00:00Z");

        log.append(List.of(tenant.envelope(ssl, 1, new OvhSslAdded(lb, 4, "shop", "CN=shop.example",
                        List.of("shop.example", "www.shop.example"), "AB:CD:EF", "01F3", expiry, "PEM")),
                tenant.envelope(ssl, 2, new OvhSslRenamed(null)),
                tenant.envelope(ssl, 2, new OvhSslRenamed("stale, read twice")),
                tenant.envelope(ssl, 3, new CertificateDeleted())));

        Row row = await().atMost(Duration.ofSeconds(30)).until(() -> ssl(ssl),
                found -> found != null && found.getBoolean("deleted"));
        assertThat(row.getLong("version")).isEqualTo(3);
        assertThat(row.getString("display_name")).as("renamed to none, the stale rename ignored").isNull();
        assertThat(row.getLong("ssl_id")).isEqualTo(4);
        assertThat(row.getString("subject")).isEqualTo("CN=shop.example");
        assertThat(row.getArrayOfStrings("san")).containsExactly("shop.example", "www.shop.example");
        assertThat(row.getString("fingerprint")).isEqualTo("AB:CD:EF");
        assertThat(row.getString("serial")).isEqualTo("01F3");
        assertThat(row.getOffsetDateTime("expire_date").toInstant()).isEqualTo(expiry);
    }

    private Row ssl(UUID id) {
        var rows = pool.preparedQuery("SELECT * FROM ovh_ssl WHERE id = $1").execute(Tuple.of(id)).await()
                .atMost(Duration.ofSeconds(5));
        return rows.size() == 0 ? null : rows.iterator().next();
    }
}
