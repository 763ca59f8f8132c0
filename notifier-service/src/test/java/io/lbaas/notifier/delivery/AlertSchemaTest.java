package io.lbaas.notifier.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/notifications/alert.schema.json and its examples say what {@link Alert#json()} writes: at every level the
 * same keys, all of them required, none other allowed, and values of the declared types, enums and formats.
 */
class AlertSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCS = docs();
    private static final Set<String> RESOURCE_TYPES = Set.of("lb", "backend_server", "certificate",
            "private_network");

    @Test
    void theAlertOfEveryResourceTypeHasExactlyTheSchemasKeys() throws IOException {
        JsonNode schema = schema();
        for (Alert alert : alerts()) {
            JsonNode written = JSON.readTree(alert.json());

            conforms(written, schema, alert.type());
            assertThat(written.get("type").asText()).isEqualTo(alert.data().resource().type() + ".status_changed");
        }
    }

    @Test
    void everyExampleHasExactlyTheSchemasKeysAndATypeMatchingItsResource() throws IOException {
        JsonNode schema = schema();
        List<Path> examples;
        try (Stream<Path> files = Files.list(DOCS.resolve("examples"))) {
            examples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).isNotEmpty();

        Set<String> covered = new TreeSet<>();
        for (Path example : examples) {
            JsonNode alert = JSON.readTree(example.toFile());

            conforms(alert, schema, example.getFileName().toString());
            String resourceType = alert.path("data").path("resource").path("type").asText();
            assertThat(alert.path("type").asText()).as(example.getFileName() + ": type")
                    .isEqualTo(resourceType + ".status_changed");
            covered.add(resourceType);
        }
        assertThat(covered).as("the resource types the examples show").isEqualTo(new TreeSet<>(RESOURCE_TYPES));
    }

    @Test
    void theSchemaNamesEveryTypeAndResourceType() throws IOException {
        JsonNode schema = schema();

        assertThat(strings(schema.at("/properties/type/enum")))
                .containsExactlyInAnyOrderElementsOf(RESOURCE_TYPES.stream().map(type -> type + ".status_changed")
                        .toList());
        assertThat(strings(schema.at("/properties/data/properties/resource/properties/type/enum")))
                .containsExactlyInAnyOrderElementsOf(RESOURCE_TYPES);
    }

    /** One alert per resource type, with the values that change of one alert to another null in some. */
    private static List<Alert> alerts() {
        UUID organization = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        Alert.Lb lb = new Alert.Lb(UUID.randomUUID(), "shop-frontend");
        Instant at = Instant.parse("2025-06-12T09:41:07.318402Z");
        return List.of(
                alert(new Alert.Data(UUID.randomUUID(), "LbCreated", at, organization, project, lb,
                        new Alert.Resource("lb", lb.id(), lb.name()), null, "to_create", null, null)),
                alert(new Alert.Data(UUID.randomUUID(), "BackendServerStateChanged", at, organization, project, lb,
                        new Alert.Resource("backend_server", UUID.randomUUID(), "10.12.4.21"), "running",
                        "stopped", "failed", "Layer4 connection problem")),
                alert(new Alert.Data(UUID.randomUUID(), "CertificateIssued", at, organization, project, lb,
                        new Alert.Resource("certificate", UUID.randomUUID(), "shop-example-com"), "pending",
                        "ready", null, null)),
                alert(new Alert.Data(UUID.randomUUID(), "PrivateNetworkAttached", at, organization, project, lb,
                        new Alert.Resource("private_network", UUID.randomUUID(), UUID.randomUUID().toString()),
                        null, "pending", null, null)));
    }

    private static Alert alert(Alert.Data data) {
        return new Alert(data.resource().type() + ".status_changed", data.occurredAt(), data);
    }

    /** The object's keys are the schema's properties, all required, none other allowed; and so on down. */
    private static void conforms(JsonNode value, JsonNode schema, String where) {
        assertThat(value.isObject()).as(where + " is an object").isTrue();
        Set<String> keys = names(value);
        Set<String> properties = names(schema.path("properties"));

        assertThat(keys).as(where + ": its keys").isEqualTo(properties);
        assertThat(keys).as(where + ": its keys against the required ones")
                .containsAll(strings(schema.path("required")));
        assertThat(strings(schema.path("required"))).as(where + ": the required keys")
                .containsExactlyInAnyOrderElementsOf(properties);
        assertThat(schema.path("additionalProperties").isBoolean()
                && !schema.path("additionalProperties").asBoolean()).as(where + ": additionalProperties is false")
                .isTrue();

        for (String key : keys) {
            JsonNode property = schema.path("properties").path(key);
            JsonNode member = value.get(key);
            String path = where + "." + key;
            assertThat(strings(property.path("type")) /* "string", or ["string", "null"] */)
                    .as(path + ": the schema's types").contains(jsonType(member));
            if (member.isObject()) {
                conforms(member, property, path);
            } else if (member.isTextual()) {
                if (property.has("enum")) {
                    assertThat(strings(property.path("enum"))).as(path + ": its enum").contains(member.asText());
                }
                if ("uuid".equals(property.path("format").asText())) {
                    assertThat(UUID.fromString(member.asText()).toString()).as(path).isEqualTo(member.asText());
                }
                if ("date-time".equals(property.path("format").asText())) {
                    assertThat(Instant.parse(member.asText())).as(path).isNotNull();
                }
            }
        }
    }

    private static String jsonType(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        return node.isObject() ? "object" : node.isTextual() ? "string" : node.getNodeType().name().toLowerCase();
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A JSON string, or the strings of an array. */
    private static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.forEach(element -> strings.add(element.asText()));
        return strings;
    }

    private static JsonNode schema() throws IOException {
        return JSON.readTree(DOCS.resolve("alert.schema.json").toFile());
    }

    /** The tests run in the module's directory; an IDE may run them from the repository's. */
    private static Path docs() {
        Path fromModule = Path.of("..", "docs", "notifications");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("docs", "notifications");
    }
}
