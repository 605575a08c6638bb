package vn.bienphong.emulation.cluster.api;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** Requests the tests of this module make again and again. */
final class ApiFixtures {

    private ApiFixtures() {
    }

    static RequestSpecification asCouncil() {
        return given().auth().oauth2(TestTokens.council()).contentType(ContentType.JSON);
    }

    static RequestSpecification asViewer() {
        return given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON);
    }

    static void registerUnit(String code, String name) {
        asCouncil().body(Map.of("code", code, "name", name, "kind", "PROVINCIAL_COMMAND"))
                .post("/api/v1/units").then().statusCode(201);
    }

    static void createCluster(int number, String name) {
        asCouncil().body(Map.of("number", number, "name", name)).post("/api/v1/clusters").then().statusCode(201);
    }

    static void setUpYear(int number, int year, List<String> members, String chair) {
        asCouncil().body(Map.of("theme", "Đoàn kết, quyết thắng", "members", members, "chairUnitCode", chair))
                .put("/api/v1/clusters/{n}/years/{y}", number, year).then().statusCode(201);
    }
}
