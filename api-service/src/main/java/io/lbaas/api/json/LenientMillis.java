package io.lbaas.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a Scaleway duration as milliseconds, in every form its clients send: a JSON number of milliseconds
 * (Go SDK, Terraform), a numeric string of milliseconds, or a protobuf duration string such as {@code "0.5s"} or
 * {@code "0.500000000s"} (the JS SDK passes through whatever its caller wrote).
 */
public class LenientMillis extends JsonDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            Long millis = parse(parser.getText().trim());
            if (millis != null) {
                return millis;
            }
            return (Long) context.handleWeirdStringValue(Long.class, parser.getText(),
                    "not a duration: milliseconds or seconds such as \"0.5s\"");
        }
        return (Long) context.handleUnexpectedToken(Long.class, parser);
    }

    static Long parse(String text) {
        try {
            if (text.endsWith("ms")) {
                return Long.parseLong(text.substring(0, text.length() - 2));
            }
            if (text.endsWith("s")) {
                return new BigDecimal(text.substring(0, text.length() - 1)).movePointRight(3).longValueExact();
            }
            return Long.parseLong(text);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
