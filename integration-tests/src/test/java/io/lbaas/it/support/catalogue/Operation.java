package io.lbaas.it.support.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the API in one form, with a request that succeeds on an {@link Estate}: its path, query and
 * body are templates whose placeholders ({@code {lb}}, {@code {backend}}…) name the estate's resources.
 * Placeholders starting with {@code new_} are fresh UUIDs each time (a private network never attached yet).
 * {@code bodyDefects} and {@code queryDefects} are what the API must refuse in this body and query.
 */
public record Operation(String name, Form form, String method, String path, String query, String body,
                        List<BodyDefect> bodyDefects, List<QueryDefect> queryDefects) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    /** The valid request on the estate whose resources {@code ids} names. */
    public Request request(Map<String, String> ids) {
        return request(ids::get);
    }

    public Request request(Function<String, String> ids) {
        return build(ids, path, query, body);
    }

    public Request request(Map<String, String> ids, BodyDefect defect) {
        return build(ids::get, path, query, defect.applyTo(body));
    }

    public Request request(Map<String, String> ids, QueryDefect defect) {
        return build(ids::get, path, defect.applyTo(query), body);
    }

    /** The request with {@code body} sent as it is, for bodies that are not JSON objects at all. */
    public Request requestWithRawBody(Map<String, String> ids, String rawBody) {
        return new Request(method, form.prefix() + resolve(path, ids::get) + queryPart(resolve(query, ids::get)),
                rawBody);
    }

    /** The same request under another {@code /lb/v1/{scope}/{locality}} prefix. */
    public Request requestUnder(String prefix, Map<String, String> ids) {
        Request valid = request(ids);
        return new Request(valid.method(), prefix + valid.path().substring(form.prefix().length()), valid.body());
    }

    public boolean hasBody() {
        return !bodyDefects.isEmpty();
    }

    /** Whether the body has a field the API cannot do without, so that a body of nulls is invalid. */
    public boolean hasRequiredField() {
        return bodyDefects.stream().anyMatch(defect -> defect.kind().equals("required") && !defect.path().contains("."));
    }

    /** The valid body's fields, each set to null. */
    public String bodyWithEveryFieldNull() {
        try {
            ObjectNode fields = (ObjectNode) JSON.readTree(body);
            fields.properties().forEach(field -> field.setValue(NullNode.getInstance()));
            return JSON.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(body, e);
        }
    }

    /** The identifiers in this operation's path, in order, fresh ones ({@code new_…}) included. */
    public Set<String> pathPlaceholders() {
        return placeholders(path, true);
    }

    /** Every estate resource the request names, in its path, query or body. */
    public Set<String> placeholders() {
        Set<String> all = placeholders(path, false);
        all.addAll(placeholders(query, false));
        all.addAll(placeholders(body == null ? "" : body, false));
        return all;
    }

    @Override
    public String toString() {
        return name + " (" + form.name().toLowerCase() + ")";
    }

    private Request build(Function<String, String> ids, String pathTemplate, String queryTemplate,
                          String bodyTemplate) {
        return new Request(method, form.prefix() + resolve(pathTemplate, ids) + queryPart(resolve(queryTemplate, ids)),
                bodyTemplate == null ? null : resolve(bodyTemplate, ids));
    }

    private static String queryPart(String query) {
        return query.isEmpty() ? "" : "?" + query;
    }

    private static Set<String> placeholders(String template, boolean fresh) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (fresh || !matcher.group(1).startsWith("new_")) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static String resolve(String template, Function<String, String> ids) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String id = ids.apply(name);
            if (id == null && name.startsWith("new_")) {
                id = UUID.randomUUID().toString();
            }
            if (id == null) {
                throw new IllegalArgumentException("no " + name + " for " + template);
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(id));
        }
        return matcher.appendTail(resolved).toString();
    }

    /** Builds the operations of the catalogue, once for each form they exist in. */
    static final class Builder {

        private final String name;
        private final List<Form> forms;
        private final String method;
        private final String path;
        private String query = "";
        private String body;
        private final List<BodyDefect> bodyDefects = new ArrayList<>();
        private final List<QueryDefect> queryDefects = new ArrayList<>();

        Builder(String name, List<Form> forms, String method, String path) {
            this.name = name;
            this.forms = forms;
            this.method = method;
            this.path = path;
        }

        Builder query(String validQuery, List<QueryDefect> defects) {
            query = validQuery;
            queryDefects.addAll(defects);
            return this;
        }

        Builder query(List<QueryDefect> defects) {
            return query("", defects);
        }

        @SafeVarargs
        final Builder body(String validBody, List<BodyDefect>... defects) {
            body = validBody;
            for (List<BodyDefect> field : defects) {
                bodyDefects.addAll(field);
            }
            return this;
        }

        List<Operation> build() {
            return forms.stream().map(form -> new Operation(name, form, method, path, query, body,
                    List.copyOf(bodyDefects), List.copyOf(queryDefects))).toList();
        }
    }
}
