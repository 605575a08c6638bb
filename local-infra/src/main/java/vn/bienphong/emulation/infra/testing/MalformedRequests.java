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
                    + "|@Consumes|@Produces|No enum constant|vn\\.bienphong|expected [A-Z][a-z]+[A-Z]|MismatchedInput|\\bat \\["
                    + "|Duplicate field|Unexpected end-of-input|Unexpected character|Unrecognized token|VALUE_STRING|START_OBJECT"
                    + "|END_ARRAY|END_OBJECT|FIELD_NAME|was expecting|Illegal unquoted|Cannot (construct|deserialize)|through reference chain");

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

        // the other faults a JSON reader finds: each a 400 in our words, whether the JSON or the field is named
        assertProblem(send(method, path, token, ContentType.JSON, "{'a': 1}"), 400, "malformed-json");
        assertProblem(send(method, path, token, ContentType.JSON, "{\"a\": tru}"), 400, "malformed-json");
        for (String body : List.of("{\"a\": \"cut", "[{\"a\": 1}, ", "{\"a\": [1, 2}", "{\"a\": 1 \"b\": 2}", "{\"a\": \"\\q\"}",
                "{\"a\": 1}}", "", "{\"a\": 1e999999999}", "{\"a\": 0x1F}", "{\"a\": 01}", "{\"a\": \"\u0001\"}")) {
            assertReadProblem(send(method, path, token, ContentType.JSON, body), body);
        }

        ExtractableResponse<Response> text = send(method, path, token, ContentType.TEXT, "hello");
        assertProblem(text, 415, "unsupported-media-type");
        assertThat(text.jsonPath().getString("detail")).contains("text/plain");
    }

    /**
     * A real body of the operation cut short ({@code prefix}, e.g. inside a nested object or a text): a
     * malformed-json problem saying so, with the line and column, in our words.
     */
    public static void checkCutShort(String method, String path, String token, String prefix) {
        ExtractableResponse<Response> answer = send(method, path, token, ContentType.JSON, prefix);
        assertProblem(answer, 400, "malformed-json");
        assertThat(answer.jsonPath().getString("detail")).contains("ends before its JSON is complete").contains("line 1, column");
    }

    /** A body that gives a field twice (where the service reads JSON strictly): an invalid-input problem naming it. */
    public static void checkDuplicateField(String method, String path, String token, String body, String field) {
        ExtractableResponse<Response> answer = send(method, path, token, ContentType.JSON, body);
        assertProblem(answer, 400, "invalid-input");
        assertThat(answer.jsonPath().getString("violations[0].field")).isEqualTo(field);
        assertThat(answer.jsonPath().getString("violations[0].message")).contains("given twice");
    }

    /** A body that cannot be read: a 400, of the malformed-json or the invalid-input kind, in our words. */
    private static void assertReadProblem(ExtractableResponse<Response> answer, String body) {
        assertThat(answer.statusCode()).as(body + " -> " + answer.asString()).isEqualTo(400);
        assertThat(answer.jsonPath().getString("type")).as(body + " -> " + answer.asString())
                .isIn(PROBLEM + "malformed-json", PROBLEM + "invalid-input");
        assertProblem(answer, 400, answer.jsonPath().getString("type").substring(PROBLEM.length()));
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

    /**
     * A method the resource does not answer (DELETE on {@code getOnlyPath}): a 405 problem; and an Accept
     * header asking for a type the operation cannot answer: a 406 problem; nothing in Java's words.
     */
    public static void checkMethodAndAccept(String getOnlyPath, String token) {
        ExtractableResponse<Response> delete = given().auth().oauth2(token).delete(getOnlyPath).then().extract();
        assertProblem(delete, 405, "method-not-allowed");
        assertThat(delete.jsonPath().getString("detail")).contains(getOnlyPath);

        ExtractableResponse<Response> xml = given().auth().oauth2(token).accept("application/xml").get(getOnlyPath).then().extract();
        assertProblem(xml, 406, "not-acceptable");
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
