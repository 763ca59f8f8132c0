package io.lbaas.it.support.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One field of a valid body given a value the API must refuse (or removed, when {@code value} is null).
 * {@code path} is dotted, with numbers for array elements ({@code acls.0.index}). {@code kind} names the sort
 * of defect for statistics: "port", "enum", "one-of"…
 */
public record BodyDefect(String kind, String path, JsonNode value) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body template with this defect, placeholders such as {@code {lb}} still in it. */
    public String applyTo(String template) {
        try {
            JsonNode body = JSON.readTree(template);
            String[] steps = path.split("\\.");
            JsonNode parent = body;
            for (int i = 0; i < steps.length - 1; i++) {
                parent = child(parent, steps[i]);
            }
            set(parent, steps[steps.length - 1]);
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException("template " + template, e);
        }
    }

    private static JsonNode child(JsonNode parent, String step) {
        JsonNode child = parent.isArray() ? parent.get(Integer.parseInt(step)) : parent.get(step);
        if (child == null || !child.isContainerNode()) {
            throw new IllegalArgumentException("no object or array at " + step + " in " + parent);
        }
        return child;
    }

    private void set(JsonNode parent, String step) {
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(step), value);
        } else if (value == null) {
            ((ObjectNode) parent).remove(step);
        } else {
            ((ObjectNode) parent).set(step, value);
        }
    }

    @Override
    public String toString() {
        return kind + " " + path + (value == null ? " removed" : "=" + abbreviated(value.toString()));
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
