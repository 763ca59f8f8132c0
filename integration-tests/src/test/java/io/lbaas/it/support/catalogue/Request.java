package io.lbaas.it.support.catalogue;

import io.lbaas.it.support.Api;

/** One HTTP request as sent: {@code body} is the exact text, null for none. */
public record Request(String method, String path, String body) {

    public Api.Response sendWith(Api api, String token) {
        return api.send(token, method, path, body);
    }

    @Override
    public String toString() {
        return method + " " + path + (body == null ? "" : " " + abbreviated(body));
    }

    /** Over-limit bodies run to kilobytes: a report shows their start and their size. */
    private static String abbreviated(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "… (" + body.length() + " characters)";
    }
}
