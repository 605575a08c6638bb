package vn.bienphong.emulation.cluster.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** Bearer tokens are verified once and remembered (service-common's VerifiedTokenCache), never beyond what verifying again would allow. */
@QuarkusTest
class BearerTokenTest {

    static final Map<String, String> NEW_UNIT = Map.of("code", "BDBP-DIEN-BIEN", "name", "BĐBP tỉnh Điện Biên", "kind", "PROVINCIAL_COMMAND");

    @Inject
    JWTParser parser;

    @Test
    void shouldVerifyATokenOnceAndRememberIt() throws ParseException {
        String token = TestTokens.viewer();

        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
        assertThat(parser.parse(token).getGroups()).containsExactly("viewer");
    }

    @Test
    void shouldRefuseARememberedTokenOnceItHasExpired() {
        // the first request of a fresh service may take longer than the short token lives: warm it up first
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/units").then().statusCode(200);
        String token = TestTokens.token("short-lived", "viewer", null, Duration.ofSeconds(4));
        given().auth().oauth2(token).get("/api/v1/units").then().statusCode(200);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(token).get("/api/v1/units").then().statusCode(401));
        assertThatThrownBy(() -> parser.parse(token)).isInstanceOf(ParseException.class);
    }

    @Test
    void shouldRefuseATokenWhoseClaimsWereChangedAfterItsSignedOriginalWasRemembered() {
        String viewer = TestTokens.viewer();
        given().auth().oauth2(viewer).get("/api/v1/units").then().statusCode(200);
        given().auth().oauth2(viewer).contentType(ContentType.JSON).body(NEW_UNIT).post("/api/v1/units").then().statusCode(403);

        String[] parts = viewer.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"viewer\"");
        String promoted = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"viewer\"", "\"council\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        given().auth().oauth2(promoted).get("/api/v1/units").then().statusCode(401);
        given().auth().oauth2(promoted).contentType(ContentType.JSON).body(NEW_UNIT).post("/api/v1/units").then().statusCode(401);
        given().auth().oauth2(TestTokens.council()).get("/api/v1/units/BDBP-DIEN-BIEN").then().statusCode(404);
    }
}
