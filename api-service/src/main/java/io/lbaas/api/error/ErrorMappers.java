package io.lbaas.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.lbaas.api.apikey.ApiKeyAuthenticationMechanism;
import io.lbaas.api.json.WireEnum;
import io.lbaas.api.ovh.error.OvhAuthenticationFailed;
import io.lbaas.api.ovh.error.OvhErrorShape;
import io.lbaas.api.ovh.error.OvhException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every failure leaves in Scaleway's error shape with a status its SDKs understand: declared once here, not
 * per endpoint. Nothing a client sends can make a 500; an unexpected failure is logged with a reference.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final String UNDEFINED_TABLE = "42P01";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final SecurityIdentity identity;

    ErrorMappers(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers) {
        return respond(ApiException.deniedAuthentication(method(headers), "invalid_argument"));
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, HttpHeaders headers) {
        OvhException ovh = OvhAuthenticationFailed.behind(e);
        if (ovh != null) {
            return OvhErrorShape.respond(ovh);
        }
        String method = method(headers);
        String reason = method.equals("api_key") ? "not_found" : mentionsExpiry(e) ? "expired" : "invalid_argument";
        return respond(ApiException.deniedAuthentication(method, reason));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        if (identity.isAnonymous()) {
            return respond(ApiException.deniedAuthentication("unknown_method", "invalid_argument"));
        }
        String action = HttpMethod.GET.equals(request.getMethod()) ? "read" : "write";
        return respond(ApiException.permissionDenied("load_balancer", action));
    }

    /** Quarkus' own mapper for this subtype would answer without a body; this one names the argument. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return badJson(e);
    }

    /** The JSON reader wraps malformed bodies in a 400 WebApplicationException. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(ApiException.plain(status, "invalid_request", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String values = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(constant -> constant instanceof WireEnum wire ? wire.wire() : constant.toString())
                    .collect(Collectors.joining(", "));
            return respond(ApiException.invalidArgument(path(format), Arguments.CONSTRAINT,
                    "must be one of " + values));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return respond(ApiException.invalidArgument(path(mismatch), Arguments.FORMAT,
                    "has the wrong type or format"));
        }
        return respond(ApiException.invalidArgument("body", Arguments.FORMAT,
                "must be a JSON object: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response unknownPath(NotFoundException e) {
        return respond(ApiException.plain(404, "not_found", "no such path"));
    }

    @ServerExceptionMapper
    public Response wrongMethod(NotAllowedException e) {
        return respond(ApiException.plain(405, "method_not_allowed", "method not allowed on this path"));
    }

    @ServerExceptionMapper
    public Response wrongContentType(NotSupportedException e) {
        return respond(ApiException.invalidArgument("Content-Type", Arguments.FORMAT, "must be application/json"));
    }

    /** The read models missing (projection-service has not migrated them yet) or out of reach is temporary. */
    @ServerExceptionMapper
    public Response readModels(JDBCException e) {
        if (e instanceof JDBCConnectionException || UNDEFINED_TABLE.equals(e.getSQLState())) {
            LOG.warnf("read models unavailable: %s", e.getMessage());
            return respond(ApiException.unavailable("the read models are not available yet", RETRY_AFTER));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        UUID reference = UUID.randomUUID();
        LOG.errorf(e, "unexpected failure, reference %s", reference);
        return respond(ApiException.plain(500, "internal_error", "internal error, reference " + reference));
    }

    public static Response respond(ApiException e) {
        Response.ResponseBuilder response = Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(e.body());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()));
        }
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    private static String method(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "jwt";
        }
        return headers.getHeaderString(ApiKeyAuthenticationMechanism.HEADER) != null ? "api_key" : "unknown_method";
    }

    /** Quarkus OIDC says why a token failed only in the messages of the causes (jose4j: "Expiration Time"). */
    private static boolean mentionsExpiry(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase().contains("expir")) {
                return true;
            }
        }
        return false;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
