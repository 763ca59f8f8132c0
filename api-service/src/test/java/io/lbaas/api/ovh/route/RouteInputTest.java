package io.lbaas.api.ovh.route;

import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.events.ovh.OvhRouteAction;
import io.lbaas.events.ovh.OvhRuleSpec;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a route or rule body may say before it reaches an HAProxy configuration, and OVH's 400 otherwise. */
class RouteInputTest {

    @Test
    void rulesKeepWhatHaproxyCanMatchAndDefaultWhatOvhDefaults() {
        assertThat(RuleSpecs.of("http", new RuleBody("source", "", "in", null, "10.0.0.0/8, 2001:db8::/32", null)))
                .isEqualTo(new OvhRuleSpec("source", null, "in", false, "10.0.0.0/8, 2001:db8::/32", null));
        assertThat(RuleSpecs.of("tcp", new RuleBody("sni", null, "endswith", true, ".example", "tls names")).negate())
                .isTrue();
        assertThat(RuleSpecs.of("http", new RuleBody("cookie", "session", "exists", null, "", null)).pattern())
                .isNull();
        assertThat(RouteSpecs.of("http", new RouteBody(new RouteBody.ActionBody("redirect",
                "${protocol}://www.${domain}${uri}", 308L), null, null, null), null, null).action())
                .isEqualTo(new OvhRouteAction("redirect", null, "${protocol}://www.${domain}${uri}", 308));
        assertThat(RouteSpecs.of("tcp", new RouteBody(new RouteBody.ActionBody("reject", null, null), null, null,
                255L), null, null).action().status()).as("a tcp reject closes, with no status").isNull();
    }

    @Test
    void whatCouldBreakOrMisleadTheConfigurationIsOvhsBadRequestNamingTheParameter() {
        Map<RuleBody, String> badRules = Map.of(
                new RuleBody("host", null, "is", null, "a\u0000b", null), "pattern",
                new RuleBody("host", null, "contains", null, "x".repeat(256), null), "pattern",
                new RuleBody("uri", null, "matches", null, "\\p{javaLowerCase}+", null), "pattern",
                new RuleBody("source", null, "in", null, "10.0.0.0/8,,10.1.0.0/16", null), "pattern",
                new RuleBody("cookie", null, "exists", null, "x", null), "subField",
                new RuleBody("host", "X-Host", "is", null, "x", null), "subField",
                new RuleBody("header", "X Host", "is", null, "x", null), "subField",
                new RuleBody("protocol", null, "is", null, "https", null), "pattern",
                new RuleBody("method", null, "is", null, "GET", "a\nb"), "displayName",
                new RuleBody("uri", null, null, null, "/", null), "match");
        badRules.forEach((body, parameter) -> assertThatThrownBy(() -> RuleSpecs.of("tcp".equals(protocolOf(body))
                ? "tcp" : "http", body)).as(body.toString()).isInstanceOfSatisfying(OvhException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("Invalid parameter " + parameter + ": ");
                }));
    }

    @Test
    void redirectTargetsAreAbsoluteUrlsWithOvhsVariablesOnly() {
        for (String target : new String[] {"/relative", "https://a b", "https://x/\"", "https://x/${env}",
                "https://x/$HOME", "ftp://x", "https://x/\\"}) {
            assertThatThrownBy(() -> RouteSpecs.of("http", new RouteBody(new RouteBody.ActionBody("redirect",
                    target, null), null, null, null), null, null)).as(target)
                    .hasMessageStartingWith("Invalid parameter action.target: ");
        }
    }

    /** The protocol rules are tested on: tcp's own values on tcp, the rest on http. */
    private static String protocolOf(RuleBody body) {
        return "protocol".equals(body.field()) ? "tcp" : "http";
    }
}
