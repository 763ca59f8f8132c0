package io.lbaas.api.ovh.service;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceNamesTest {

    @Test
    void aServiceNameIsTheLbIdAndComesBackToIt() {
        UUID id = UUID.fromString("3f1c9a52-7b7e-4c36-8a4d-0f5e6a7b8c91");

        assertThat(ServiceNames.of(id)).isEqualTo("loadbalancer-3f1c9a527b7e4c368a4d0f5e6a7b8c91");
        assertThat(ServiceNames.lbId(ServiceNames.of(id))).contains(id);
    }

    @Test
    void otherNamesAreNoService() {
        assertThat(ServiceNames.lbId("loadbalancer-3F1C9A527B7E4C368A4D0F5E6A7B8C91")).isEmpty();
        assertThat(ServiceNames.lbId("ip-1.2.3.4")).isEmpty();
        assertThat(ServiceNames.lbId("loadbalancer-3f1c")).isEmpty();
        assertThat(ServiceNames.lbId(null)).isEmpty();
    }
}
