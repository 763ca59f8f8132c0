package io.lbaas.events.ovh;

/**
 * One condition of an OVH route, validated: {@code field} (source, protocol, method, host, uri, param, header,
 * cookie, sni), {@code subField} for param, header and cookie (their name), {@code match} (OVH's operator, never
 * {@code internal}) and its {@code pattern} (null for {@code exists}); {@code negate} inverts the test.
 */
public record OvhRuleSpec(String field, String subField, String match, boolean negate, String pattern,
                          String displayName) {
}
