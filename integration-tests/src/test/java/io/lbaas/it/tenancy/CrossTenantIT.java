package io.lbaas.it.tenancy;

import io.lbaas.it.support.Api;
import io.lbaas.it.support.ScalewayErrors;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.it.support.catalogue.Catalogue;
import io.lbaas.it.support.catalogue.Estate;
import io.lbaas.it.support.catalogue.Form;
import io.lbaas.it.support.catalogue.Operation;
import io.lbaas.it.support.catalogue.Request;
import io.lbaas.testsupport.EventLogReader;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Rule 5 over every operation of both forms: Bob (his own organization and project) calls each one on Alice's
 * resources, or on his own with one of Alice's in it, and is always answered 404 not_found; none of his lists
 * shows anything of Alice's; and afterwards Alice reads everything exactly as before. (TenancyIT covers the
 * 403 for a project that is not the caller's and the 401s.)
 */
class CrossTenantIT {

    /** Placeholders that name the caller's own project: Bob always names his. */
    private static final Set<String> CALLERS_OWN = Set.of("project", "organization");

    private static SystemUnderTest system;
    private static Api api;
    private static Tenant alice;
    private static Estate alices;
    private static Estate bobs;
    private static String bob;
    private static Map<String, String> alicesAnswersBefore;
    private static int alicesEventsBefore;

    @BeforeAll
    static void estates() {
        system = SystemUnderTest.get();
        api = system.api();
        alice = system.tenants().create();
        Tenant bobsTenant = system.tenants().create();
        alices = Estate.create(api, alice);
        bobs = Estate.create(api, bobsTenant);
        bob = bobsTenant.writerToken();
        alicesAnswersBefore = alicesAnswers();
        alicesEventsBefore = alicesEvents();
    }

    @TestFactory
    Stream<DynamicNode> bobFindsNothingOfAlices() {
        return Stream.of(
                dynamicContainer("every operation naming Alice's resources is not found",
                        Catalogue.operations().stream().flatMap(CrossTenantIT::refusals)),
                dynamicContainer("Bob's lists show nothing of Alice's", bobsLists()),
                dynamicTest("Alice's resources are as they were", CrossTenantIT::alicesResourcesAreUnchanged));
    }

    /**
     * The operation on Alice's resources; and, when it names several, on Bob's own with one of Alice's in its
     * path, query or body (subscribing his LB to her subscriber, routing his frontend to her backend…).
     */
    private static Stream<DynamicTest> refusals(Operation operation) {
        List<String> references = operation.placeholders().stream().filter(name -> !CALLERS_OWN.contains(name))
                .toList();
        if (references.isEmpty()) {
            return Stream.empty();
        }
        Stream<DynamicTest> onAlices = Stream.of(refusal(operation + " on Alice's resources",
                operation.request(name -> (CALLERS_OWN.contains(name) ? bobs : alices).id(name))));
        if (references.size() == 1) {
            return onAlices;
        }
        return Stream.concat(onAlices, references.stream().map(reference -> refusal(
                operation + " on Bob's with Alice's " + reference,
                operation.request(name -> (name.equals(reference) ? alices : bobs).id(name)))));
    }

    private static DynamicTest refusal(String name, Request request) {
        return dynamicTest(name, () -> ScalewayErrors.assertNotFound(request.sendWith(api, bob),
                name + ": " + request));
    }

    /** Every list Bob may make, at the top and under his own LB and frontend, filtered by Alice's ids too. */
    private static Stream<DynamicTest> bobsLists() {
        Stream<Request> own = Catalogue.operations().stream().filter(CrossTenantIT::isList)
                .map(list -> list.request(bobs.ids()));
        Stream<Request> filtered = Stream.of(Form.values()).flatMap(form -> Stream.of(
                "/lbs?project_id={project}", "/lbs?organization_id={organization}", "/lbs?name=estate",
                "/ips?project_id={project}", "/ips?organization_id={organization}",
                "/subscribers?project_id={project}", "/subscribers?organization_id={organization}",
                "/routes?frontend_id={frontend}").map(path -> new Request("GET", form.prefix() + alicesIn(path),
                null)));
        return Stream.concat(own, filtered).map(request -> dynamicTest(request.toString(), () -> {
            Api.Response answer = request.sendWith(api, bob);
            assertThat(answer.status()).as("%s answered %s", request, answer.body()).isEqualTo(200);
            for (String id : alices.ids().values()) {
                assertThat(answer.body()).as("%s shows Alice's %s", request, id).doesNotContain(id);
            }
        }));
    }

    private static void alicesResourcesAreUnchanged() {
        assertThat(alicesAnswers()).isEqualTo(alicesAnswersBefore);
        assertThat(alicesEvents()).as("Alice's events on the log").isEqualTo(alicesEventsBefore);
    }

    /** What Alice reads of all her resources, every GET of both forms, keyed by request. */
    private static Map<String, String> alicesAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        String reader = alice.readerToken();
        Catalogue.operations().stream().filter(operation -> operation.method().equals("GET"))
                .map(read -> read.request(alices.ids()))
                .forEach(read -> answers.put(read.toString(), read.sendWith(api, reader).body()));
        return answers;
    }

    private static int alicesEvents() {
        return new EventLogReader(system.stack().kafkaBootstrapServers()).recordsOf(alice.project()).size();
    }

    private static boolean isList(Operation operation) {
        return operation.name().startsWith("list") || operation.name().equals("getLbStats");
    }

    private static String alicesIn(String template) {
        String resolved = template;
        for (Map.Entry<String, String> id : alices.ids().entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        return resolved;
    }
}
