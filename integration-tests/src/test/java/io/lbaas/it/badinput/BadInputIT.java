package io.lbaas.it.badinput;

import io.lbaas.it.support.Api;
import io.lbaas.it.support.EventLogWatch;
import io.lbaas.it.support.ScalewayErrors;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.it.support.catalogue.Catalogue;
import io.lbaas.it.support.catalogue.Estate;
import io.lbaas.it.support.catalogue.Form;
import io.lbaas.it.support.catalogue.Operation;
import io.lbaas.testsupport.EventLogReader;
import io.lbaas.testsupport.Tenant;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever invalid request a client sends, to any operation of either form, the API answers 4xx in Scaleway's
 * error shape and appends nothing to the event log. The requests are generated: an operation of the catalogue
 * and one defect of its valid request on a fixed estate (see {@link InvalidRequests}).
 */
class BadInputIT {

    private static final int TRIES = 2000;

    private static SystemUnderTest system;
    private static Api api;
    private static Tenant owner;
    private static String token;
    private static InvalidRequests invalidRequests;
    private static EventLogWatch log;
    private static int ownersEventsBefore;

    /** The estates are made once: every try only reads them, so they stay as made. */
    @BeforeContainer
    static void estates() {
        system = SystemUnderTest.get();
        api = system.api();
        owner = system.tenants().create();
        Tenant stranger = system.tenants().create();
        token = owner.writerToken();
        invalidRequests = new InvalidRequests(Estate.create(api, owner), Estate.create(api, owner),
                Estate.create(api, stranger));
        log = new EventLogWatch(system.stack().kafkaBootstrapServers(), List.of(owner.project(), stranger.project()));
        ownersEventsBefore = ownersEvents();
    }

    @AfterContainer
    static void theOwnersLogIsAsTheEstatesLeftIt() {
        if (log != null) {
            log.close();
            assertThat(ownersEvents()).as("the owner's events on the log").isEqualTo(ownersEventsBefore);
        }
    }

    /**
     * No shrinking: every try is a request to the real system, and a failing one already holds a single defect.
     * A run after a failure takes a new seed (the failed one is in the report): samples stored by jqwik would
     * name the estates of an earlier run.
     */
    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.RANDOM_SEED)
    void anInvalidRequestIsRefusedInScalewaysShapeAndAppendsNothing(@ForAll("invalid") InvalidRequest invalid) {
        Statistics.label("operation").collect(invalid.operation().toString());
        Statistics.label("defect").collect(invalid.category());
        Statistics.label("operation").coverage(BadInputIT::everyOperationOfBothForms);
        Map<TopicPartition, Long> before = log.mark();

        Api.Response answer = invalid.request().sendWith(api, token);

        String request = invalid.toString();
        assertThat(answer.status()).as("%s answered %s", request, answer.body()).isBetween(400, 499)
                .as("the token still works: %s", request).isNotEqualTo(401);
        ScalewayErrors.assertScalewayError(answer, request);
        assertThat(log.appendedSince(before)).as("events appended after %s", request).isEmpty();
    }

    /**
     * Each operation of each form is drawn about {@code TRIES / 113} times, so that one of the 107 is never drawn
     * is a chance of about 2 in a million per run.
     */
    private static void everyOperationOfBothForms(StatisticsCoverage coverage) {
        Catalogue.operations().forEach(operation -> coverage.check(operation.toString()).count(drawn -> drawn > 0));
    }

    @Provide
    Arbitrary<InvalidRequest> invalid() {
        return invalidRequests.any();
    }

    /**
     * What keeps the property honest: each invalid request differs by one defect from a request that succeeds.
     * Run in the catalogue's order on an estate of its own per form, every valid request does succeed.
     */
    @Example
    void everyValidRequestOfTheCatalogueSucceeds() {
        Tenant tenant = system.tenants().create();
        String writer = tenant.writerToken();
        List<String> failures = new ArrayList<>();
        for (Form form : Form.values()) {
            Map<String, String> estate = Estate.create(api, tenant).ids();
            for (Operation operation : Catalogue.in(form)) {
                Api.Response answer = operation.request(estate).sendWith(api, writer);
                if (answer.status() / 100 != 2) {
                    failures.add(operation + ": " + operation.request(estate) + " answered " + answer.status() + " "
                            + answer.body());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static int ownersEvents() {
        return new EventLogReader(system.stack().kafkaBootstrapServers()).recordsOf(owner.project()).size();
    }
}
