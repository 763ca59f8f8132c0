package io.lbaas.api.lb;

import io.lbaas.testsupport.StackResource;
import io.lbaas.testsupport.TestStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(StackResource.class)
class LbTypeResourceTest {

    @Test
    void listsTheConfiguredOffersInNameOrderWithTheZoneAsked() {
        String token = TestStack.get().tenants().create().readerToken();

        JsonPath zonal = given().auth().oauth2(token).get("/lb/v1/zones/nl-ams-2/lb-types").then()
                .statusCode(200).extract().jsonPath();
        JsonPath regional = given().auth().oauth2(token).get("/lb/v1/regions/nl-ams/lb-types").then()
                .statusCode(200).extract().jsonPath();

        assertThat(zonal.getList("lb_types.name")).containsExactly("LB-GP-L", "LB-GP-M", "LB-GP-XL", "LB-S");
        assertThat(zonal.getInt("total_count")).isEqualTo(4);
        assertThat(zonal.getList("lb_types.zone")).containsOnly("nl-ams-2");
        assertThat(regional.getList("lb_types.zone")).as("the region's default zone").containsOnly("nl-ams-1");
        assertThat(regional.getList("lb_types.region")).containsOnly("nl-ams");
        assertThat(zonal.getLong("lb_types.find { it.name == 'LB-S' }.bandwidth")).isEqualTo(200_000_000L);
        assertThat(zonal.getString("lb_types[0].stock_status")).isEqualTo("available");
    }

    @Test
    void pagesThroughTheOffers() {
        String token = TestStack.get().tenants().create().readerToken();

        JsonPath second = given().auth().oauth2(token).get("/lb/v1/regions/fr-par/lb-types?page=2&page_size=3")
                .then().statusCode(200).extract().jsonPath();

        assertThat(second.getList("lb_types.name")).containsExactly("LB-S");
        assertThat(second.getInt("total_count")).isEqualTo(4);
    }
}
