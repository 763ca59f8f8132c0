package io.lbaas.api.ovh.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.ip.IpEntity;
import io.lbaas.api.lb.LbEntity;

import java.util.List;

/**
 * OVH's {@code ipLoadbalancing.IpWithIAM} model, filled from the LB read model: the LB's name as {@code displayName},
 * its first IPv4 as {@code ipLoadbalancing} and {@code ipv4}, its first IPv6, its type as {@code offer}, its zone. What
 * this control plane does not have is null (vRack, metrics token, IAM) or empty (orderable zones). Nullable fields are
 * sent as {@code null}, as OVH does.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
public record IpLoadbalancingView(
        String displayName,
        Object iam,
        @JsonProperty("ipLoadbalancing") String ipLoadbalancing,
        String ipv4,
        String ipv6,
        String metricsToken,
        String offer,
        List<Object> orderableZone,
        String serviceName,
        String sslConfiguration,
        String state,
        boolean vrackEligibility,
        String vrackName,
        List<String> zone) {

    static IpLoadbalancingView of(LbEntity lb) {
        List<IpEntity> ips = lb.ips == null ? List.of() : lb.ips;
        String ipv4 = ips.stream().filter(ip -> !ip.ipv6).map(ip -> ip.address).findFirst().orElse(null);
        String ipv6 = ips.stream().filter(ip -> ip.ipv6).map(ip -> ip.address).findFirst().orElse(null);
        return new IpLoadbalancingView(lb.name, null, ipv4 != null ? ipv4 : ipv6, ipv4, ipv6, null, lb.type,
                List.of(), ServiceNames.of(lb.id), sslConfiguration(lb.sslCompatibilityLevel), "ok", false, null,
                List.of(lb.zone));
    }

    /** OVH knows {@code intermediate} and {@code modern}; Scaleway's {@code old} is closest to intermediate. */
    static String sslConfiguration(String level) {
        return "ssl_compatibility_level_modern".equals(level) ? "modern" : "intermediate";
    }
}
