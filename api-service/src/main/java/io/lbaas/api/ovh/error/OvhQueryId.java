package io.lbaas.api.ovh.error;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Every answer under the OVH paths, success or error (authentication failures included), carries an
 * {@code X-Ovh-QueryID}, which go-ovh and python-ovh put into their errors. It is an opaque random id, kept on the
 * routing context under its header name for whoever wants to log it.
 */
@ApplicationScoped
public class OvhQueryId {

    public static final String HEADER = "X-Ovh-QueryID";
    private static final SecureRandom RANDOM = new SecureRandom();

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (OvhPaths.isOvh(context.normalizedPath())) {
                byte[] id = new byte[8];
                RANDOM.nextBytes(id);
                String queryId = "LB.ovh-1." + HexFormat.of().formatHex(id);
                context.put(HEADER, queryId);
                context.addHeadersEndHandler(ignored -> context.response().headers().set(HEADER, queryId));
            }
            context.next();
        }, 90);
    }
}
