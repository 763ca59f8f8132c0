package io.lbaas.api.ovh.frontend;

import io.lbaas.api.ovh.error.OvhException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortListTest {

    @Test
    void portsAndIncreasingRangesCommaSeparatedAreAPortList() {
        PortList ports = PortList.parse("80,443,8000-8010");

        assertThat(ports.contains(80)).isTrue();
        assertThat(ports.contains(8005)).isTrue();
        assertThat(ports.contains(8011)).isFalse();
        assertThat(ports.firstShared(PortList.parse("1-79,8010"))).isEqualTo(8010);
        assertThat(ports.firstShared(PortList.parse("81-442"))).isEqualTo(-1);
    }

    @Test
    void portsOutsideOneTo49151DecreasingRangesAndOtherTextAreRefusedWithOvhsBadRequest() {
        for (String bad : new String[] {"0", "49152", "80-70", "80-80", "80,,81", " 80", "80;81", "", "8000-"}) {
            assertThatThrownBy(() -> PortList.parse(bad)).as(bad).isInstanceOfSatisfying(OvhException.class,
                    e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.error().errorClass()).isEqualTo("Client::BadRequest");
                        assertThat(e.getMessage()).startsWith("Invalid parameter port");
                    });
        }
    }
}
