package io.lbaas.it.lb;

import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The same load balancers through Scaleway's zoned form and its legacy regional form. */
class LbLocalityIT {

    @Test
    void anLbCreatedInAZoneIsSeenThereAndInItsRegionButNotInOtherZones() {
        SystemUnderTest system = SystemUnderTest.get();
        Api api = system.api();
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();

        Api.Response created = api.post(token, "/lb/v1/zones/fr-par-2/lbs",
                "{\"name\":\"zonal\",\"project_id\":\"" + tenant.project() + "\"}");
        String id = created.json().get("id").asText();

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body()).as("keys in the live API's order").startsWith("{\"id\":\"" + id
                + "\",\"name\":\"zonal\",\"description\":\"\",\"status\":\"to_create\",\"instances\":[]");
        assertThat(created.json().get("zone").asText()).isEqualTo("fr-par-2");
        assertThat(created.json().get("region").asText()).isEqualTo("fr-par");
        assertThat(api.get(token, "/lb/v1/zones/fr-par-2/lbs/" + id).body()).isEqualTo(created.body());
        assertThat(api.get(token, "/lb/v1/regions/fr-par/lbs/" + id).body()).isEqualTo(created.body());
        assertThat(api.get(token, "/lb/v1/zones/fr-par-1/lbs/" + id).status()).isEqualTo(404);
        assertThat(api.get(token, "/lb/v1/regions/nl-ams/lbs/" + id).status()).isEqualTo(404);
        assertThat(api.get(token, "/lb/v1/zones/fr-par-1/lbs").json().get("total_count").asInt()).isZero();
        assertThat(api.get(token, "/lb/v1/regions/fr-par/lbs").json().get("total_count").asInt()).isEqualTo(1);

        Api.Response regional = api.post(token, "/lb/v1/regions/fr-par/lbs",
                "{\"name\":\"regional\",\"project_id\":\"" + tenant.project() + "\"}");
        assertThat(regional.json().get("zone").asText()).as("the region's default zone").isEqualTo("fr-par-1");

        Api.Response renamed = api.put(token, "/lb/v1/zones/fr-par-2/lbs/" + id,
                "{\"name\":\"zonal-renamed\",\"description\":\"\"}");
        assertThat(renamed.json().get("name").asText()).isEqualTo("zonal-renamed");
        assertThat(api.delete(token, "/lb/v1/zones/fr-par-1/lbs/" + id).status()).isEqualTo(404);
        assertThat(api.delete(token, "/lb/v1/zones/fr-par-2/lbs/" + id).status()).isEqualTo(204);
    }
}
