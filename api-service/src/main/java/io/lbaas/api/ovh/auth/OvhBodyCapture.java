package io.lbaas.api.ovh.auth;

import io.lbaas.api.ovh.error.OvhPaths;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayInputStream;

/**
 * The exact body bytes of a signed OVH request, which its signature covers. Authentication runs inside Quarkus REST
 * before it reads the entity ({@code quarkus.http.auth.proactive=false}); the mechanism reads the whole body then
 * ({@link #read}), and the same bytes are handed to Quarkus REST as the entity stream (request filters run before it
 * reads the body), since the request can be read only once. Reading it earlier, in a Vert.x body handler, would
 * leave an ended request that Quarkus REST cannot take over on HTTP/2.
 */
public class OvhBodyCapture {

    static final String ATTRIBUTE = "lbaas.ovh.body";
    static final int LIMIT = 1024 * 1024;

    /** The request's body as text (empty without one), read once and kept on the routing context. */
    static Uni<String> read(RoutingContext context) {
        Buffer kept = context.get(ATTRIBUTE);
        if (kept != null) {
            return Uni.createFrom().item(kept.toString());
        }
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            return Uni.createFrom().item("");
        }
        return Uni.createFrom().<String>emitter(emitter -> {
            Buffer body = Buffer.buffer();
            request.handler(chunk -> {
                if (body.length() + chunk.length() > LIMIT) {
                    request.handler(null);
                    emitter.fail(new IllegalArgumentException("body over " + LIMIT + " bytes"));
                } else {
                    body.appendBuffer(chunk);
                }
            });
            request.exceptionHandler(emitter::fail);
            request.endHandler(ignored -> {
                context.put(ATTRIBUTE, body);
                emitter.complete(body.toString());
            });
            request.resume();
        });
    }

    @ServerRequestFilter
    public void reuseTheBody(ContainerRequestContext request, RoutingContext context) {
        Buffer kept = context.get(ATTRIBUTE);
        if (kept != null && OvhPaths.isOvh(context.normalizedPath())) {
            request.setEntityStream(new ByteArrayInputStream(kept.getBytes()));
        }
    }
}
