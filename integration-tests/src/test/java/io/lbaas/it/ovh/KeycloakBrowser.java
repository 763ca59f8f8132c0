package io.lbaas.it.ovh;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user's browser, as far as validating a consumer key needs one: it keeps cookies, follows redirects, signs in on
 * Keycloak's login form and submits the validation page's form. The answer to that form is not followed, so that
 * the test sees where it sends the user.
 */
final class KeycloakBrowser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern SECURE = Pattern.compile("(?i);\\s*Secure(?=;|$)");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final CookieHandler cookies = new LoopbackCookies();
    private final HttpClient following = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient notFollowing = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** Opens the validation URL, signs in as {@code username} (whose password is its name): the validation page. */
    HttpResponse<String> signInTo(String validationUrl, String username) {
        HttpResponse<String> login = send(following, HttpRequest.newBuilder(URI.create(validationUrl)).GET());
        if (login.statusCode() != 200 || !login.body().contains("kc-form-login")) {
            throw new AssertionError("expected Keycloak's login form, got " + login.statusCode() + " from "
                    + login.uri() + ":\n" + login.body());
        }
        URI action = login.uri().resolve(unescape(first(FORM_ACTION, login.body())));
        return send(following, form(action, Map.of("username", username, "password", username)));
    }

    /** Submits the validation page's form, as the user's "Grant access" button does. */
    HttpResponse<String> grant(HttpResponse<String> page) {
        URI action = page.uri().resolve(unescape(first(FORM_ACTION, page.body())));
        return send(notFollowing, form(action, Map.of("csrf", first(CSRF, page.body()))));
    }

    /** The same form post without the page's token, as another site would send it. */
    HttpResponse<String> grantWithoutToken(HttpResponse<String> page) {
        URI action = page.uri().resolve(unescape(first(FORM_ACTION, page.body())));
        return send(notFollowing, form(action, Map.of("csrf", "forged")));
    }

    /**
     * Keycloak marks its cookies {@code Secure}; browsers keep and send those over http://127.0.0.1 (a secure
     * context), Java's CookieManager does not, so the flag is dropped here, as a browser would ignore it.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager manager = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return manager.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> insecure = new HashMap<>();
            headers.forEach((name, values) -> insecure.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(value -> SECURE.matcher(value).replaceAll("")).toList() : values));
            manager.put(uri, insecure);
        }
    }

    private static HttpRequest.Builder form(URI action, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in:\n" + html);
        }
        return matcher.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#x2F;", "/").replace("&#47;", "/").replace("&quot;", "\"");
    }
}
