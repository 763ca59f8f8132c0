package io.lbaas.api.ovh.error;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.RoutingContext;

/**
 * A signed OVH request that does not authenticate. Quarkus' {@link AuthenticationFailedException} is final, so the
 * OVH error to answer with travels as its cause, and the API's mapper of authentication failures answers it.
 */
public final class OvhAuthenticationFailed {

    /** Where the failure is also kept on the request, whatever Quarkus makes of the exception on its way. */
    public static final String ATTRIBUTE = "lbaas.ovh.authentication-failure";

    private OvhAuthenticationFailed() {
    }

    public static AuthenticationFailedException of(OvhException failure, RoutingContext context) {
        if (context != null) {
            context.put(ATTRIBUTE, failure);
        }
        return new AuthenticationFailedException(failure.getMessage(), failure);
    }

    /** The OVH error behind an authentication failure, or null if it is not one of the OVH dialect. */
    public static OvhException behind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OvhException ovh) {
                return ovh;
            }
        }
        return null;
    }
}
