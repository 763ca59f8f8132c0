package io.lbaas.api.ovh.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

import java.util.Set;

/**
 * A request signed the OVH way, with what its signature covers: method, the URLs it may have been signed on, the
 * raw body and the timestamp, and the path its access rules are checked against.
 */
final class OvhSignedRequest extends BaseAuthenticationRequest {

    final String applicationKey;
    final String consumerKey;
    final String signature;
    final String method;
    final Set<String> urls;
    final String body;
    final String timestamp;
    final String path;

    OvhSignedRequest(String applicationKey, String consumerKey, String signature, String method, Set<String> urls,
                     String body, String timestamp, String path) {
        this.applicationKey = applicationKey;
        this.consumerKey = consumerKey;
        this.signature = signature;
        this.method = method;
        this.urls = urls;
        this.body = body;
        this.timestamp = timestamp;
        this.path = path;
    }
}
