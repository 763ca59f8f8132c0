package io.lbaas.api.ovh.error;

import io.lbaas.api.error.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OvhErrorShapeTest {

    @Test
    void scalewayShapedFailuresBecomeOvhClassesWithTheirStatus() {
        OvhException badArgument = translate(ApiException.invalidArgument("name", "constraint", "too long"));
        OvhException conflict = translate(ApiException.transientState("lb", "x", "migrating"));
        OvhException internal = translate(ApiException.plain(500, "internal_error", "internal error, reference r"));
        OvhException busy = translate(ApiException.plain(503, "service_unavailable", "later"));

        assertThat(badArgument.status()).isEqualTo(400);
        assertThat(badArgument.error()).isEqualTo(OvhError.ofClass("Client::BadRequest",
                "Invalid parameter name: too long"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.error().errorClass()).isEqualTo("Client::Conflict");
        assertThat(internal.error()).isEqualTo(OvhError.ofClass("Server::InternalServerError",
                "internal error, reference r"));
        assertThat(busy.error().errorClass()).isEqualTo("Server::ServiceUnavailable");
    }

    @Test
    void authenticationFailuresUseOvhsCodes() {
        OvhException anonymous = translate(ApiException.deniedAuthentication("unknown_method", "invalid_argument"));
        OvhException badToken = translate(ApiException.deniedAuthentication("jwt", "expired"));
        OvhException denied = translate(ApiException.permissionDenied("load_balancer", "write"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.error().errorClass()).isEqualTo("Client::Unauthorized");
        assertThat(badToken.error()).isEqualTo(new OvhError(null, "INVALID_CREDENTIAL", "401 Unauthorized",
                "This credential is not valid"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.error().message()).isEqualTo("This call has not been granted");
    }

    @Test
    void unknownPathsAndObjectsAreNotFound() {
        assertThat(translate(ApiException.plain(404, "not_found", "no such path")).error())
                .isEqualTo(OvhError.ofClass("Client::NotFound", "Got an invalid (or empty) URL"));
        assertThat(translate(ApiException.notFound("lb", "x")).error().errorClass()).isEqualTo("Client::NotFound");
        assertThat(translate(ApiException.plain(405, "method_not_allowed", "no")).error().errorClass())
                .isEqualTo("Client::MethodNotAllowed");
    }

    private static OvhException translate(ApiException e) {
        return OvhErrorShape.translate(e.status(), e.body());
    }
}
