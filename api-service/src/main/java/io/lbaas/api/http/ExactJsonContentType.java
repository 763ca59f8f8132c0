package io.lbaas.api.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Scaleway's JS SDK parses a body only when Content-Type is exactly {@code application/json}; Quarkus REST adds
 * {@code ;charset=UTF-8}. JSON is UTF-8 by definition, so the suffix is dropped from every answer.
 */
@ApplicationScoped
public class ExactJsonContentType {

    private static final String JSON = "application/json";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> {
                String type = context.response().headers().get(HttpHeaders.CONTENT_TYPE);
                if (type != null && type.startsWith(JSON) && type.length() > JSON.length()) {
                    context.response().headers().set(HttpHeaders.CONTENT_TYPE, JSON);
                }
            });
            context.next();
        }, 100);
    }
}
