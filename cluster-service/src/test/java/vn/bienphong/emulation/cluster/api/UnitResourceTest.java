package vn.bienphong.emulation.cluster.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.bienphong.emulation.cluster.api.ApiFixtures.asCouncil;
import static vn.bienphong.emulation.cluster.api.ApiFixtures.asViewer;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.cluster.persistence.UnitEntity;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;

@QuarkusTest
class UnitResourceTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    @Test
    void shouldRegisterAUnitAndGiveItBackWithItsDiacritics() {
        asCouncil().body(Map.of("code", "BDBP-LANG-SON", "name", "BĐBP tỉnh Lạng Sơn", "kind", "PROVINCIAL_COMMAND"))
                .post("/api/v1/units")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/units/BDBP-LANG-SON"))
                .body("code", equalTo("BDBP-LANG-SON"))
                .body("name", equalTo("BĐBP tỉnh Lạng Sơn"));

        asViewer().get("/api/v1/units/BDBP-LANG-SON")
                .then().statusCode(200)
                .body("name", equalTo("BĐBP tỉnh Lạng Sơn"))
                .body("kind", equalTo("PROVINCIAL_COMMAND"));
    }

    @Test
    void shouldFindUnitsIgnoringDiacritics() {
        ApiFixtures.registerUnit("BDBP-LANG-SON", "BĐBP tỉnh Lạng Sơn");
        ApiFixtures.registerUnit("BDBP-CAO-BANG", "BĐBP tỉnh Cao Bằng");

        asViewer().queryParam("q", "lang son").get("/api/v1/units")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("BDBP-LANG-SON"))
                .body("totalItems", equalTo(1));
        asViewer().queryParam("q", "BĐBP").get("/api/v1/units")
                .then().statusCode(200).body("totalItems", equalTo(2));
        asViewer().queryParams("size", 1, "page", 1).get("/api/v1/units")
                .then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].code", equalTo("BDBP-LANG-SON")).body("totalPages", equalTo(2));
    }

    @Test
    void shouldUpdateAUnitAndPublishBothEvents() {
        ApiFixtures.registerUnit("BDBP-HUE", "BĐBP tỉnh Thừa Thiên Huế");
        asCouncil().body(Map.of("name", "BĐBP thành phố Huế", "kind", "MUNICIPAL_COMMAND"))
                .put("/api/v1/units/BDBP-HUE")
                .then().statusCode(200).body("name", equalTo("BĐBP thành phố Huế"));

        var events = EventTopicReader.read("cluster-events", v -> v.contains("\"BDBP-HUE\""), 2, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> r.key()).containsOnly("BDBP-HUE");
        assertThat(events).extracting(r -> r.value())
                .anySatisfy(v -> assertThat(v).contains("\"type\":\"unit-registered.v1\"").contains("Thừa Thiên Huế"))
                .anySatisfy(v -> assertThat(v).contains("\"type\":\"unit-updated.v1\"").contains("thành phố Huế"));
    }

    @Test
    void shouldReplayARetriedRegistrationWithTheSameIdempotencyKey() {
        Map<String, String> body = Map.of("code", "BDBP-HA-GIANG", "name", "BĐBP tỉnh Hà Giang", "kind", "PROVINCIAL_COMMAND");
        asCouncil().header("Idempotency-Key", "k-1").body(body).post("/api/v1/units").then().statusCode(201);
        asCouncil().header("Idempotency-Key", "k-1").body(body).post("/api/v1/units")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("code", equalTo("BDBP-HA-GIANG"));
        asCouncil().header("Idempotency-Key", "k-1").body(Map.of("code", "BDBP-SON-LA", "name", "BĐBP tỉnh Sơn La", "kind", "PROVINCIAL_COMMAND"))
                .post("/api/v1/units").then().statusCode(409).contentType("application/problem+json");

        assertThat(UnitEntity.count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseBadInputWithProblemJsonAndStoreNothing() {
        asCouncil().body("{\"code\": \"BDBP-X\", ").post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
        asCouncil().body(Map.of("name", "BĐBP tỉnh Lai Châu")).post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("code")).body("violations.field", hasItem("kind"));
        asCouncil().body(Map.of("code", "BDBP-LAI-CHAU", "name", "x".repeat(201), "kind", "PROVINCIAL_COMMAND")).post("/api/v1/units")
                .then().statusCode(400).body("violations[0].field", equalTo("name"))
                .body("violations[0].message", containsString("200"));
        asCouncil().body(Map.of("code", "lai chau", "name", "BĐBP tỉnh Lai Châu", "kind", "PROVINCIAL_COMMAND")).post("/api/v1/units")
                .then().statusCode(400).body("violations[0].field", equalTo("code"));
        asCouncil().body(Map.of("code", "BDBP-LAI-CHAU", "name", "BĐBP tỉnh Lai Châu", "kind", "BATTALION")).post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("kind"));
        asCouncil().post("/api/v1/units").then().statusCode(400).contentType("application/problem+json");

        assertThat(UnitEntity.count()).isZero();

        ApiFixtures.registerUnit("BDBP-LAI-CHAU", "BĐBP tỉnh Lai Châu");
        asCouncil().body(Map.of("code", "BDBP-LAI-CHAU", "name", "Another", "kind", "PROVINCIAL_COMMAND")).post("/api/v1/units")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("BDBP-LAI-CHAU"));
        asViewer().get("/api/v1/units/NO-SUCH-UNIT").then().statusCode(404).contentType("application/problem+json");
        asCouncil().body(Map.of("name", "x", "kind", "BRIGADE")).put("/api/v1/units/NO-SUCH-UNIT").then().statusCode(404);
        asViewer().queryParam("size", 501).get("/api/v1/units").then().statusCode(400).body("violations[0].field", equalTo("size"));
        asCouncil().body("{\"code\": \"BDBP-BIG\", \"name\": \"" + "x".repeat(1_100_000) + "\", \"kind\": \"OTHER\"}")
                .post("/api/v1/units").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 1048576"));
        assertThat(UnitEntity.count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseCallersWithoutTheRightRole() {
        Map<String, String> body = Map.of("code", "BDBP-DIEN-BIEN", "name", "BĐBP tỉnh Điện Biên", "kind", "PROVINCIAL_COMMAND");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/units")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).get("/api/v1/units").then().statusCode(401);
        asViewer().body(body).post("/api/v1/units").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.unit("BDBP-DIEN-BIEN")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/units").then().statusCode(403);
        given().auth().oauth2(TestTokens.forged("council")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/units").then().statusCode(401);

        assertThat(UnitEntity.count()).isZero();
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/units"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldAnswerADashboardsCorsPreflight() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/units")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/units")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
