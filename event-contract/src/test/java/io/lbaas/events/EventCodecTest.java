package io.lbaas.events;

import io.lbaas.events.lb.LbCreated;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void anEventReadBackEqualsTheEventWritten() {
        EventEnvelope written = context().envelope(UUID.randomUUID(), 1,
                new LbCreated("web", "front door", "LB-S", List.of("prod", "eu"), "ssl_compatibility_level_modern"));

        EventEnvelope read = codec.decode(codec.encode(written));

        assertThat(read).isEqualTo(written);
    }

    @Test
    void theWireFormIsSnakeCaseWithRfc3339Times() {
        EventEnvelope written = context().envelope(UUID.randomUUID(), 1,
                new LbCreated("web", "", "LB-S", List.of(), "ssl_compatibility_level_intermediate"));

        String json = new String(codec.encode(written), StandardCharsets.UTF_8);

        assertThat(json).contains("\"event_id\":\"" + written.eventId() + "\"")
                .contains("\"schema_version\":2")
                .contains("\"occurred_at\":\"2026-11-23T10:15:30.123456Z\"")
                .contains("\"aggregate_type\":\"lb\"")
                .contains("\"payload\":{\"name\":\"web\"");
    }

    @Test
    void anUnknownEventTypeIsKeptRawSoOlderConsumersCanSkipIt() {
        String json = """
                {"event_id":"%s","type":"SomethingNew","schema_version":1,"occurred_at":"2026-11-23T10:15:30Z",
                 "organization_id":"%s","project_id":"%s","aggregate_type":"thing","aggregate_id":"%s",
                 "aggregate_version":1,"payload":{"x":1}}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        EventEnvelope read = codec.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(read.payload()).isInstanceOfSatisfying(UnknownEvent.class,
                unknown -> assertThat(unknown.raw().path("x").asInt()).isEqualTo(1));
    }

    @Test
    void aSchemaVersionNewerThanThisBuildIsRefusedRatherThanMisread() {
        String json = """
                {"event_id":"%s","type":"LbCreated","schema_version":99,"occurred_at":"2026-11-23T10:15:30Z",
                 "organization_id":"%s","project_id":"%s","aggregate_type":"lb","aggregate_id":"%s",
                 "aggregate_version":1,"payload":{"name":"x"}}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedSchemaVersionException.class)
                .hasMessageContaining("schema version 99");
    }

    @Test
    void garbageIsADecodingError() {
        assertThatThrownBy(() -> codec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventDecodingException.class);
    }

    static EventContext context() {
        return new EventContext(Instant.parse("2026-11-23T10:15:30.123456Z"), "fr-par", "fr-par-1",
                UUID.randomUUID(), UUID.randomUUID(), new Actor(Actor.USER, "sub-1", "alice"),
                UUID.randomUUID(), null);
    }
}
