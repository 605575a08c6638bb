package vn.bienphong.emulation.cluster.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** ETag on a resource and a list; 304 while the data is unchanged, a new tag and 200 once it changes. */
@QuarkusTest
class ConditionalRequestsTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    private static void register(String code, String name) {
        given().auth().oauth2(TestTokens.council()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "kind", "PROVINCIAL_COMMAND"))
                .post("/api/v1/units").then().statusCode(201);
    }

    @Test
    void shouldAnswerNotModifiedWhileAUnitIsUnchangedAndANewTagOnceItChanges() {
        register("BDBP-LAO-CAI", "BĐBP tỉnh Lào Cai");
        String tag = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/units/BDBP-LAO-CAI")
                .then().statusCode(200).extract().header("ETag");
        assertThat(tag).startsWith("\"").endsWith("\"");

        given().auth().oauth2(TestTokens.viewer()).header("If-None-Match", tag).get("/api/v1/units/BDBP-LAO-CAI")
                .then().statusCode(304).header("ETag", tag);
        given().auth().oauth2(TestTokens.system()).header("If-None-Match", tag).get("/api/v1/units/BDBP-LAO-CAI")
                .then().statusCode(304);

        given().auth().oauth2(TestTokens.council()).contentType(ContentType.JSON)
                .body(Map.of("name", "Bộ Chỉ huy BĐBP tỉnh Lào Cai", "kind", "PROVINCIAL_COMMAND"))
                .put("/api/v1/units/BDBP-LAO-CAI").then().statusCode(200);
        String changed = given().auth().oauth2(TestTokens.viewer()).header("If-None-Match", tag).get("/api/v1/units/BDBP-LAO-CAI")
                .then().statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(tag);
    }

    @Test
    void shouldTagAPagedListAndChangeTheTagWhenAnItemIsAdded() {
        register("BDBP-HA-GIANG", "BĐBP tỉnh Hà Giang");
        String tag = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/units").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.viewer()).header("If-None-Match", tag).get("/api/v1/units").then().statusCode(304);

        register("BDBP-TUYEN-QUANG", "BĐBP tỉnh Tuyên Quang");
        given().auth().oauth2(TestTokens.viewer()).header("If-None-Match", tag).get("/api/v1/units")
                .then().statusCode(200).header("ETag", org.hamcrest.Matchers.not(tag));
    }
}
