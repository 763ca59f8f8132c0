package io.lbaas.api.error;

import inet.ipaddr.AddressStringParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;

/**
 * IP addresses as tenants write them: IPv4 dotted quads and IPv6, with a prefix length where one is allowed.
 * The library's defaults are far more lenient (an empty string is the loopback, "10.1" and "010.0.0.1" are
 * inet_aton shorthands for 10.0.0.1 and 8.0.0.1, ranges and wildcards): a typo must be refused, not read as
 * another address.
 */
public final class Addresses {

    private static final IPAddressStringParameters STRICT = strict();

    private Addresses() {
    }

    /** The address, or null if {@code text} is not one; with a prefix length only if {@code prefixAllowed}. */
    public static IPAddress parse(String text, boolean prefixAllowed) {
        if (text == null) {
            return null;
        }
        IPAddress address = new IPAddressString(text.trim(), STRICT).getAddress();
        if (address == null || (address.isPrefixed() && !prefixAllowed)) {
            return null;
        }
        return address;
    }

    private static IPAddressStringParameters strict() {
        IPAddressStringParameters.Builder builder = new IPAddressStringParameters.Builder()
                .allowEmpty(false).allowSingleSegment(false).allowAll(false).allowMask(false)
                .allowPrefixOnly(false).allowWildcardedSeparator(false).allow_inet_aton(false)
                .setRangeOptions(AddressStringParameters.RangeParameters.NO_RANGE);
        builder.getIPv4AddressParametersBuilder().allowLeadingZeros(false).allowBinary(false);
        return builder.toParams();
    }
}
