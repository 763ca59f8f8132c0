package io.lbaas.events.subscriber;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "198.18.0.1", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1", "fc00::1",
            "64:ff9b::a00:1", "::"})
    void addressesInsideOurOwnNetworksAreRefused(String address) throws UnknownHostException {
        assertThat(WebhookAddresses.refused(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "1.1.1.1", "100.128.0.1", "198.20.0.1", "2001:4860:4860::8888",
            "2606:4700::1111"})
    void publicAddressesAreAccepted(String address) throws UnknownHostException {
        assertThat(WebhookAddresses.refused(InetAddress.getByName(address))).isFalse();
    }
}
