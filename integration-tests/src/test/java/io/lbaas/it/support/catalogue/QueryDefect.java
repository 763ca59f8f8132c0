package io.lbaas.it.support.catalogue;

/** One query parameter of a valid request given a value the API must refuse. */
public record QueryDefect(String kind, String parameter, String value) {

    /** The query with this parameter set to the defective value, replacing any valid one. */
    public String applyTo(String query) {
        StringBuilder result = new StringBuilder();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            if (!pair.startsWith(parameter + "=")) {
                result.append(result.isEmpty() ? "" : "&").append(pair);
            }
        }
        return result.append(result.isEmpty() ? "" : "&").append(parameter).append('=').append(value).toString();
    }

    @Override
    public String toString() {
        return kind + " ?" + parameter + "=" + value;
    }
}
