package io.lbaas.api.ovh.auth;

import io.lbaas.events.ovh.OvhAccessRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRulesTest {

    @Test
    void aRuleGrantsItsMethodOnMatchingPathsOnly() {
        List<OvhAccessRule> rules = List.of(new OvhAccessRule("GET", "/ipLoadbalancing"),
                new OvhAccessRule("GET", "/ipLoadbalancing/*"));

        assertThat(AccessRules.grants(rules, "GET", "/ipLoadbalancing")).isTrue();
        assertThat(AccessRules.grants(rules, "GET", "/ipLoadbalancing/loadbalancer-1/http/farm")).isTrue();
        assertThat(AccessRules.grants(rules, "POST", "/ipLoadbalancing/loadbalancer-1/refresh")).isFalse();
        assertThat(AccessRules.grants(rules, "GET", "/me")).isFalse();
        assertThat(AccessRules.grants(rules, "GET", "/ipLoadbalancingX")).isFalse();
    }

    @Test
    void aStarMatchesAnythingIncludingSlashesAndAnywhereInThePath() {
        assertThat(AccessRules.grants(List.of(new OvhAccessRule("DELETE", "/*")), "DELETE", "/a/b/c")).isTrue();
        List<OvhAccessRule> farms = List.of(new OvhAccessRule("PUT", "/ipLoadbalancing/*/http/farm/*"));
        assertThat(AccessRules.grants(farms, "PUT", "/ipLoadbalancing/lb-1/http/farm/7")).isTrue();
        assertThat(AccessRules.grants(farms, "PUT", "/ipLoadbalancing/lb-1/tcp/farm/7")).isFalse();
    }

    @Test
    void patternCharactersOtherThanTheStarAreLiteral() {
        List<OvhAccessRule> rules = List.of(new OvhAccessRule("GET", "/ipLoadbalancing/a.b"));

        assertThat(AccessRules.grants(rules, "GET", "/ipLoadbalancing/a.b")).isTrue();
        assertThat(AccessRules.grants(rules, "GET", "/ipLoadbalancing/aXb")).isFalse();
    }

    @Test
    void noRulesGrantNothing() {
        assertThat(AccessRules.grants(List.of(), "GET", "/ipLoadbalancing")).isFalse();
    }
}
