package io.lbaas.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;

/**
 * Writes milliseconds as the protobuf duration string Scaleway's live API answers for its seconds-typed fields:
 * {@code "0s"}, {@code "0.500s"}, {@code "2s"}.
 */
public class SecondsDuration extends JsonSerializer<Long> {

    @Override
    public void serialize(Long millis, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(format(millis));
    }

    static String format(long millis) {
        long seconds = millis / 1000;
        long rest = millis % 1000;
        return rest == 0 ? seconds + "s" : String.format("%d.%03ds", seconds, rest);
    }
}
