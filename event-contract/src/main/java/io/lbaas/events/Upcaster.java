package io.lbaas.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the payload of one schema version into the payload of the next one. Events on the log are never
 * rewritten: old versions are upcast each time they are read.
 */
@FunctionalInterface
public interface Upcaster {

    ObjectNode toNextVersion(ObjectNode payload);
}
