package io.lbaas.api.ovh.error;

import io.lbaas.api.error.ErrorBody;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps the OVH paths in OVH's error shape. Failures of the OVH dialect itself are {@link OvhException}s; everything
 * the API's common mappers answer in Scaleway's shape (a malformed body, an unknown path or method, a missing token,
 * an internal error) is rewritten here, on OVH paths only, with the same status. The Scaleway paths keep their shape.
 */
public class OvhErrorShape {

    @ServerExceptionMapper
    public Response ovh(OvhException e) {
        return respond(e);
    }

    public static Response respond(OvhException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(e.error()).build();
    }

    @ServerResponseFilter
    public void ovhShape(ContainerRequestContext request, ContainerResponseContext response, RoutingContext context) {
        if (response.getEntity() instanceof ErrorBody scaleway && OvhPaths.isOvh(request.getUriInfo().getPath())) {
            OvhException failure = context.get(OvhAuthenticationFailed.ATTRIBUTE);
            OvhException translated = failure != null ? failure : translate(response.getStatus(), scaleway);
            response.setStatus(translated.status());
            response.setEntity(translated.error());
            response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
        }
    }

    static OvhException translate(int status, ErrorBody body) {
        return switch (body.type()) {
            case "denied_authentication" -> "jwt".equals(body.method())
                    ? OvhException.auth(401, "INVALID_CREDENTIAL", "This credential is not valid")
                    : new OvhException(401, OvhError.ofClass("Client::Unauthorized", "You must login first"));
            case "permissions_denied" -> OvhException.forbidden("This call has not been granted");
            case "invalid_arguments" -> OvhException.badRequest(arguments(body.details()));
            case "not_found" -> OvhException.notFound("no such path".equals(body.message())
                    ? OvhUnknownPaths.MESSAGE : "The requested object does not exist");
            default -> new OvhException(status, OvhError.ofClass(errorClass(status), body.message()));
        };
    }

    private static String arguments(List<?> details) {
        if (details == null || details.isEmpty()) {
            return "Invalid parameters";
        }
        return details.stream().map(detail -> detail instanceof ErrorBody.InvalidArgument argument
                        ? "Invalid parameter " + argument.argumentName() + ": " + argument.helpMessage()
                        : String.valueOf(detail))
                .collect(Collectors.joining("; "));
    }

    /** {@code Client::MethodNotAllowed}, {@code Server::InternalServerError}, ... from the status. */
    static String errorClass(int status) {
        String reason = OvhException.reason(status).replace(" ", "");
        return (status >= 500 ? "Server::" : "Client::") + reason;
    }
}
