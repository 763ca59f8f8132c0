package io.lbaas.events.subscriber;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
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

    /** As a DNS AAAA answer gives them: the JDK keeps them IPv6, unlike literals, which it turns into IPv4. */
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "169.254.169.254", "10.0.0.1", "192.168.0.1"})
    void ipv6FormsOfPrivateIpv4AddressesAreRefused(String ipv4) throws UnknownHostException {
        byte[] v4 = InetAddress.getByName(ipv4).getAddress();
        for (byte[] prefix : new byte[][]{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff},
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}}) {
            byte[] v6 = new byte[16];
            System.arraycopy(prefix, 0, v6, 0, 12);
            System.arraycopy(v4, 0, v6, 12, 4);
            assertThat(WebhookAddresses.refused(Inet6Address.getByAddress(null, v6, null))).isTrue();
        }
        byte[] sixToFour = new byte[16];
        sixToFour[0] = 0x20;
        sixToFour[1] = 0x02;
        System.arraycopy(v4, 0, sixToFour, 2, 4);
        assertThat(WebhookAddresses.refused(Inet6Address.getByAddress(null, sixToFour, null))).isTrue();
    }

    @Test
    void anIpv6FormOfAPublicIpv4AddressIsAccepted() throws UnknownHostException {
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName("93.184.216.34").getAddress(), 0, v6, 12, 4);

        assertThat(WebhookAddresses.refused(Inet6Address.getByAddress(null, v6, null))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "1.1.1.1", "100.128.0.1", "198.20.0.1", "2001:4860:4860::8888",
            "2606:4700::1111"})
    void publicAddressesAreAccepted(String address) throws UnknownHostException {
        assertThat(WebhookAddresses.refused(InetAddress.getByName(address))).isFalse();
    }
}
