package vn.bienphong.emulation.report.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.ApiConventions;
import vn.bienphong.emulation.infra.testing.MalformedRequests;
import vn.bienphong.emulation.infra.testing.TestTokens;
import vn.bienphong.emulation.report.service.RosterService;

/** One set of conventions: every list paged, If-Match on every PUT, Idempotency-Key on every POST that creates or acts. */
@QuarkusTest
class ConventionsTest {

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void cleanData() {
        Fixtures.cleanWithRosters(dataSource, roster);
    }

    private long rows(String sql) {
        return ApiConventions.count(dataSource, sql);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newMetric(String code, String nameVi) {
        return "{\"code\": \"" + code + "\", \"nameVi\": \"" + nameVi + "\", \"nameEn\": \"Rescues at sea\", "
                + "\"unitOfMeasure\": \"vụ\", \"kind\": \"COUNT\", \"maxValue\": 100000}";
    }

    private static String metricChange(String nameVi) {
        return "{\"nameVi\": \"" + nameVi + "\", \"nameEn\": \"Rescues at sea\", \"unitOfMeasure\": \"vụ\", "
                + "\"maxValue\": 100000, \"aggregation\": \"SUM\", \"active\": true}";
    }

    @Test
    void shouldPageEveryList() {
        String id = Fixtures.submit(report("BDBP-LANG-SON", 1, 2025, month(2025, 6), Map.of("crimeCases", 40)));
        Fixtures.submit(report("BDBP-CAO-BANG", 1, 2025, month(2025, 6), Map.of("crimeCases", 12)));
        Fixtures.asSystem().body(Map.of("figures", Map.of("crimeCases", 41))).post("/api/v1/reports/{id}/amendments", id)
                .then().statusCode(201);
        Fixtures.asCouncil().post("/api/v1/snapshots").then().statusCode(201);
        String viewer = TestTokens.viewer();

        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/metrics")).isGreaterThanOrEqualTo(47);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/reports")).isEqualTo(2);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/reports/{id}/versions", id)).isEqualTo(2);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/snapshots")).isEqualTo(1);
    }

    @Test
    void shouldChangeAMetricOnlyWhileItIsAsTheCallerLastReadIt() {
        String code = "seaRescues" + UUID.randomUUID().toString().substring(0, 6);
        Fixtures.asCouncil().body(newMetric(code, "Cứu nạn trên biển")).post("/api/v1/metrics").then().statusCode(201);
        ApiConventions.checkIfMatch(TestTokens.council(), "/api/v1/metrics/" + code, "/api/v1/metrics/" + code,
                metricChange("Cứu nạn, cứu hộ trên biển"), metricChange("Tìm kiếm cứu nạn trên biển"),
                () -> rows("SELECT count(*) FROM outbox_event") + rows("SELECT count(*) FROM metric_definition"));
    }

    @Test
    void shouldTakeBackTheMetricAsItsGetAnswersItButNotAnotherCodeKindOrScale() {
        String code = "seaRescues" + UUID.randomUUID().toString().substring(0, 6);
        Fixtures.asCouncil().body(newMetric(code, "Cứu nạn trên biển")).post("/api/v1/metrics").then().statusCode(201);
        var after = ApiConventions.checkReadChangeWrite(TestTokens.council(), "/api/v1/metrics/" + code, metric -> {
            metric.put("nameVi", "Cứu nạn, cứu hộ trên biển");
            metric.put("active", false);
        });
        assertThat(after.jsonPath().getString("nameVi")).isEqualTo("Cứu nạn, cứu hộ trên biển");
        assertThat(after.jsonPath().getBoolean("active")).isFalse();

        Map<String, Object> read = Fixtures.asViewer().get("/api/v1/metrics/" + code).then().statusCode(200).extract().jsonPath().getMap("");
        for (Map.Entry<String, Object> other : Map.<String, Object>of("code", "crimeCases", "kind", "DECIMAL", "scale", 2).entrySet()) {
            Map<String, Object> changed = new java.util.LinkedHashMap<>(read);
            changed.put(other.getKey(), other.getValue());
            long before = rows("SELECT count(*) FROM outbox_event");
            var answer = Fixtures.asCouncil().body(write(changed)).put("/api/v1/metrics/" + code).then().extract();
            MalformedRequests.assertProblem(answer, 400, "invalid-input");
            assertThat(answer.jsonPath().getString("violations[0].field")).isEqualTo(other.getKey());
            assertThat(answer.jsonPath().getString("detail")).doesNotContain("unknown field");
            assertThat(rows("SELECT count(*) FROM outbox_event")).as("nothing published").isEqualTo(before);
        }
        Fixtures.asViewer().get("/api/v1/metrics/" + code).then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.equalTo("COUNT")).body("scale", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void shouldDefineAMetricOnceWhenRetried() {
        String code = "seaRescues" + UUID.randomUUID().toString().substring(0, 6);
        ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/metrics", newMetric(code, "Cứu nạn trên biển"),
                newMetric(code, "Cứu hộ"), () -> rows("SELECT count(*) FROM metric_definition"), 1);
    }

    @Test
    void shouldStoreAReportAndAnAmendmentOnceWhenRetried() {
        var first = ApiConventions.checkIdempotentRetry(TestTokens.system(), "/api/v1/reports",
                write(report("BDBP-QUANG-NINH", 1, 2025, month(2025, 3), Map.of("crimeCases", 7))),
                write(report("BDBP-QUANG-NINH", 1, 2025, month(2025, 3), Map.of("crimeCases", 8))),
                () -> rows("SELECT count(*) FROM report_version") * 100 + rows("SELECT count(*) FROM outbox_event"), 101);
        String id = first.jsonPath().getString("id");

        ApiConventions.checkIdempotentRetry(TestTokens.system(), "/api/v1/reports/" + id + "/amendments",
                "{\"figures\": {\"crimeCases\": 9}, \"notes\": \"Sửa số liệu tháng 3\"}", "{\"figures\": {\"crimeCases\": 10}}",
                () -> rows("SELECT count(*) FROM report_version") * 100 + rows("SELECT count(*) FROM outbox_event"), 101);
        Fixtures.asViewer().get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(2)).body("figures.crimeCases", org.hamcrest.Matchers.equalTo(9));
    }

    @Test
    void shouldTakeTheSnapshotOnceWhenRetried() {
        Fixtures.submit(report("BDBP-LANG-SON", 1, 2025, month(2025, 6), Map.of("crimeCases", 40)));
        var first = ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/snapshots", null, null,
                () -> rows("SELECT count(*) FROM rollup_snapshot"), 1);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Location")).contains("/api/v1/snapshots/");
    }
}
