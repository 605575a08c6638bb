package vn.bienphong.emulation.infra.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The malformed requests that every service must answer with a 400 (or 415) problem in the domain's
 * words: a body of the wrong shape, JSON that is not JSON or is cut short, a body of another media
 * type, and a path or query parameter that cannot be read. Each service's tests run them against its
 * own operations, so the same checks hold everywhere.
 */
public final class MalformedRequests {

    private static final String PROBLEM = "urn:bienphong:emulation:problem:";

    /** Words that would show a Java type, a class name or a library's option to the caller. */
    private static final Pattern JAVA_SPEAK = Pattern.compile(
            "java\\.|Exception|LinkedHashMap|HashMap|ArrayList|Integer|String\\b|Jackson|JsonReadFeature|ALLOW_|REDACTED|Source:"
                    + "|@Consumes|@Produces|No enum constant|vn\\.bienphong|expected [A-Z][a-z]+[A-Z]|MismatchedInput|\\bat \\[");

    private MalformedRequests() {
    }

    /**
     * Sends each malformed kind of body to an operation that takes a JSON object ({@code method} POST or PUT),
     * with a token allowed to call it, and checks every answer.
     */
    public static void checkJsonBody(String method, String path, String token) {
        ExtractableResponse<Response> array = send(method, path, token, ContentType.JSON, "[]");
        assertProblem(array, 400, "invalid-input");
        assertThat(array.jsonPath().getString("detail")).contains("expected an object");

        assertProblem(send(method, path, token, ContentType.JSON, "{\"x\": NaN}"), 400, "malformed-json");
        assertProblem(send(method, path, token, ContentType.JSON, "{\"a\": {\"b\": "), 400, "malformed-json");
        assertProblem(send(method, path, token, ContentType.JSON, "{\"a\": 1,,}"), 400, "malformed-json");

        ExtractableResponse<Response> text = send(method, path, token, ContentType.TEXT, "hello");
        assertProblem(text, 415, "unsupported-media-type");
        assertThat(text.jsonPath().getString("detail")).contains("text/plain");
    }

    /** A field that must hold an object (a map of figures, a nested record) given a list, named in the answer. */
    public static void checkFieldShape(String method, String path, String token, String body, String field) {
        ExtractableResponse<Response> answer = send(method, path, token, ContentType.JSON, body);
        assertProblem(answer, 400, "invalid-input");
        List<Map<String, String>> violations = answer.jsonPath().getList("violations");
        assertThat(violations).extracting(v -> v.get("field")).contains(field);
    }

    /**
     * A GET with a path or query parameter that cannot be read: a 400 naming {@code parameter} and what
     * it accepts ({@code accepts}, e.g. "one of" or "a whole number").
     */
    public static void checkParameter(String pathWithValues, Map<String, ?> query, String token, String parameter,
                                      String accepts) {
        ExtractableResponse<Response> answer = given().auth().oauth2(token).queryParams(query)
                .get(pathWithValues).then().extract();
        assertProblem(answer, 400, "invalid-parameter");
        assertThat(answer.jsonPath().getString("violations[0].field")).isEqualTo(parameter);
        assertThat(answer.jsonPath().getString("violations[0].message")).contains(accepts);
    }

    /** The answer is a problem of this status and kind, whose words speak no Java. */
    public static void assertProblem(ExtractableResponse<Response> answer, int status, String kind) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).isEqualTo(PROBLEM + kind);
        assertThat(answer.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(answer.jsonPath().getString("title")).isNotBlank();
        assertThat(answer.asString()).as("the problem speaks the domain's words, not Java's")
                .doesNotContainPattern(JAVA_SPEAK);
    }

    private static ExtractableResponse<Response> send(String method, String path, String token, ContentType type, String body) {
        return given().auth().oauth2(token).contentType(type).body(body)
                .request(method, path).then().extract();
    }
}
