package io.lbaas.api.ovh.auth;

import io.lbaas.api.ovh.error.OvhPaths;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads the whole body of every request on the OVH paths before authentication runs, since the signature covers
 * the body's exact bytes. Quarkus REST then reads its entity from the same buffer.
 */
@ApplicationScoped
public class OvhBodyCapture {

    static final long LIMIT = 1024 * 1024;

    void register(@Observes Router router) {
        router.route(OvhPaths.BASE + "/*").order(-10)
                .handler(BodyHandler.create(false).setBodyLimit(LIMIT));
    }
}
