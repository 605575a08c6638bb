package vn.bienphong.emulation.infra.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The conventions every service keeps, checked the same way everywhere: a list is a page
 * ({@code {items, page, size, totalItems, totalPages}}, {@code ?page=&size=} with size at most 500); a
 * PUT honours {@code If-Match} (412 and nothing changed when stale, the new {@code ETag} when it went
 * through); a POST that creates or acts, retried with its {@code Idempotency-Key}, takes effect once and
 * answers the first answer again; and a PUT takes back the representation its GET answered.
 */
public final class ApiConventions {

    private ApiConventions() {
    }

    /**
     * A GET of a list answers the paged envelope, honours {@code size} and {@code page}, and refuses a page
     * or size out of range or not a number with a 400 naming it.
     *
     * @return how many items the whole list has
     */
    public static long checkPagedList(String token, String path, Object... pathParams) {
        ExtractableResponse<Response> all = given().auth().oauth2(token).get(path, pathParams).then().extract();
        assertThat(all.statusCode()).as(all.asString()).isEqualTo(200);
        Map<String, Object> page = all.jsonPath().getMap("");
        assertThat(page).as("the paged envelope").containsOnlyKeys("items", "page", "size", "totalItems", "totalPages");
        long total = all.jsonPath().getLong("totalItems");
        assertThat(all.jsonPath().getInt("page")).isZero();
        assertThat(all.jsonPath().getInt("size")).isEqualTo(50);
        assertThat(all.jsonPath().getList("items")).hasSize((int) Math.min(total, 50));
        assertThat(all.header("ETag")).as("a list is tagged").isNotBlank();

        ExtractableResponse<Response> one = given().auth().oauth2(token).queryParam("size", 1).get(path, pathParams).then().extract();
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.jsonPath().getList("items")).hasSize(total == 0 ? 0 : 1);
        assertThat(one.jsonPath().getInt("size")).isEqualTo(1);
        assertThat(one.jsonPath().getLong("totalPages")).isEqualTo(total);
        if (total >= 2) {
            ExtractableResponse<Response> second = given().auth().oauth2(token).queryParams("page", 1, "size", 1)
                    .get(path, pathParams).then().extract();
            assertThat(second.jsonPath().getInt("page")).isEqualTo(1);
            assertThat(second.jsonPath().getList("items")).hasSize(1)
                    .isEqualTo(all.jsonPath().getList("items").subList(1, 2));
        }
        ExtractableResponse<Response> beyond = given().auth().oauth2(token).queryParams("page", total + 1, "size", 1)
                .get(path, pathParams).then().extract();
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.jsonPath().getList("items")).isEmpty();

        checkBadPaging(token, path, Map.of("size", 501), "size", pathParams);
        checkBadPaging(token, path, Map.of("size", 0), "size", pathParams);
        checkBadPaging(token, path, Map.of("page", -1), "page", pathParams);
        checkBadPaging(token, path, Map.of("page", "first"), "page", pathParams);
        return total;
    }

    private static void checkBadPaging(String token, String path, Map<String, ?> query, String parameter, Object... pathParams) {
        ExtractableResponse<Response> answer = given().auth().oauth2(token).queryParams(query).get(path, pathParams).then().extract();
        MalformedRequests.assertProblem(answer, 400, "invalid-parameter");
        assertThat(answer.jsonPath().getList("violations.field")).containsExactly(parameter);
    }

    /**
     * A PUT with {@code If-Match}: with the tag of the resource's GET it goes through and answers the new tag
     * (the one the next GET gives); with a stale tag it is a 412 problem and neither the resource nor
     * {@code effects} (e.g. the outbox's rows) change; without {@code If-Match} it still goes through.
     *
     * @param getPath the resource whose tag the PUT is conditional on (usually the PUT's own path)
     * @param first   a change of the resource
     * @param second  another change of it
     */
    public static void checkIfMatch(String token, String getPath, String putPath, String first, String second, LongSupplier effects) {
        String read = given().auth().oauth2(token).get(getPath).then().statusCode(200).extract().header("ETag");
        assertThat(read).isNotBlank();

        ExtractableResponse<Response> changed = put(token, putPath, read, first);
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        String tag = changed.header("ETag");
        assertThat(tag).as("the PUT answers the new tag").isNotBlank().isNotEqualTo(read);
        ExtractableResponse<Response> afterChange = given().auth().oauth2(token).get(getPath).then().statusCode(200).extract();
        assertThat(afterChange.header("ETag")).as("the PUT's tag is the one the GET gives").isEqualTo(tag);

        long before = effects.getAsLong();
        ExtractableResponse<Response> stale = put(token, putPath, read, second);
        MalformedRequests.assertProblem(stale, 412, "precondition-failed");
        ExtractableResponse<Response> afterStale = given().auth().oauth2(token).get(getPath).then().statusCode(200).extract();
        assertThat(afterStale.header("ETag")).as("a stale PUT changes nothing").isEqualTo(tag);
        assertThat(afterStale.asString()).isEqualTo(afterChange.asString());
        assertThat(effects.getAsLong()).as("a stale PUT stores and publishes nothing").isEqualTo(before);

        given().auth().oauth2(token).header("If-Match", "\"not-a-tag-of-ours\"").contentType(ContentType.JSON).body(second)
                .put(putPath).then().statusCode(412);

        ExtractableResponse<Response> fresh = put(token, putPath, tag, second);
        assertThat(fresh.statusCode()).as(fresh.asString()).isEqualTo(200);
        String newer = fresh.header("ETag");
        assertThat(newer).isNotEqualTo(tag);
        given().auth().oauth2(token).header("If-None-Match", newer).get(getPath).then().statusCode(304);

        ExtractableResponse<Response> unconditional = put(token, putPath, null, first);
        assertThat(unconditional.statusCode()).as("a PUT without If-Match is still accepted").isEqualTo(200);
        assertThat(unconditional.header("ETag")).isNotBlank();
    }

    /**
     * A PUT takes back what its GET answered: the representation read, changed by {@code change} (as a JSON
     * object) and sent with the read tag in {@code If-Match}, goes through; the representation is not rebuilt
     * in another shape first.
     *
     * @return the resource as the next GET reads it
     */
    public static ExtractableResponse<Response> checkReadChangeWrite(String token, String path, Consumer<Map<String, Object>> change) {
        ExtractableResponse<Response> read = given().auth().oauth2(token).get(path).then().statusCode(200).extract();
        Map<String, Object> body = new LinkedHashMap<>(read.jsonPath().getMap(""));
        change.accept(body);
        ExtractableResponse<Response> written = given().auth().oauth2(token).header("If-Match", read.header("ETag"))
                .contentType(ContentType.JSON).body(body).put(path).then().extract();
        assertThat(written.statusCode()).as(written.asString()).isBetween(200, 201);
        ExtractableResponse<Response> after = given().auth().oauth2(token).get(path).then().statusCode(200).extract();
        assertThat(after.header("ETag")).as("the PUT's tag is the one the GET gives").isEqualTo(written.header("ETag"));
        return after;
    }

    private static ExtractableResponse<Response> put(String token, String path, String ifMatch, String body) {
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path).then().extract();
    }

    /**
     * A POST sent twice with the same {@code Idempotency-Key} and body takes effect once: the second answer
     * is the first one again (status, location, body) marked {@code Idempotent-Replayed}, and {@code effects}
     * grew by {@code expectedEffect} only. With {@code otherBody} (not null) the same key with another body
     * is a 409 and changes nothing.
     *
     * @param body the JSON body, or null for a POST without one
     * @return the first answer
     */
    public static ExtractableResponse<Response> checkIdempotentRetry(String token, String path, String body, String otherBody,
                                                                       LongSupplier effects, long expectedEffect) {
        String key = "retry-" + UUID.randomUUID();
        long before = effects.getAsLong();
        ExtractableResponse<Response> first = post(token, path, key, body);
        assertThat(first.statusCode()).as(first.asString()).isBetween(200, 299);
        assertThat(effects.getAsLong() - before).as("the first request takes effect").isEqualTo(expectedEffect);

        ExtractableResponse<Response> again = post(token, path, key, body);
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(first.statusCode());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        assertThat(effects.getAsLong() - before).as("the retry takes no effect").isEqualTo(expectedEffect);

        if (otherBody != null) {
            ExtractableResponse<Response> reused = post(token, path, key, otherBody);
            MalformedRequests.assertProblem(reused, 409, "conflict");
            assertThat(effects.getAsLong() - before).as("a reused key takes no effect").isEqualTo(expectedEffect);
        }
        return first;
    }

    private static ExtractableResponse<Response> post(String token, String path, String key, String body) {
        RequestSpecification request = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post(path).then().extract();
    }

    /** A count from the service's database (rows of a table, of the outbox, of one kind of event). */
    public static long count(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of the outbox: what a request published, or did not. */
    public static LongSupplier outboxRows(DataSource dataSource) {
        return () -> count(dataSource, "SELECT count(*) FROM outbox_event");
    }
}
