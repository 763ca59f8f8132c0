package io.lbaas.api.json;

import com.fasterxml.jackson.annotation.JsonValue;

/** A Scaleway enum: Jackson reads and writes the constant's name in lower case. */
public interface WireEnum {

    String name();

    @JsonValue
    default String wire() {
        return name().toLowerCase();
    }
}
