package vn.bienphong.emulation.cluster.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bienphong.emulation.cluster.api.ApiFixtures.asCouncil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.ApiConventions;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.MalformedRequests;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** One set of conventions: every list paged, If-Match on every PUT, Idempotency-Key on every POST that creates or acts. */
@QuarkusTest
class ConventionsTest {

    private static final List<String> MEMBERS = List.of("BDBP-LANG-SON", "BDBP-CAO-BANG", "BDBP-QUANG-NINH");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void setUp() {
        CleanDatabase.truncateAll(dataSource);
        ApiFixtures.registerUnit("BDBP-LANG-SON", "BĐBP tỉnh Lạng Sơn");
        ApiFixtures.registerUnit("BDBP-CAO-BANG", "BĐBP tỉnh Cao Bằng");
        ApiFixtures.registerUnit("BDBP-QUANG-NINH", "BĐBP tỉnh Quảng Ninh");
        ApiFixtures.createCluster(1, "Cụm thi đua số 1 BĐBP");
        ApiFixtures.setUpYear(1, 2024, MEMBERS, "BDBP-CAO-BANG");
        ApiFixtures.setUpYear(1, 2025, MEMBERS, "BDBP-LANG-SON");
    }

    private long rows(String table) {
        return ApiConventions.count(dataSource, "SELECT count(*) FROM " + table);
    }

    private static String yearSetup(String theme) {
        return "{\"theme\": \"" + theme + "\", \"members\": [\"BDBP-LANG-SON\", \"BDBP-CAO-BANG\", \"BDBP-QUANG-NINH\"], "
                + "\"chairUnitCode\": \"BDBP-LANG-SON\"}";
    }

    @Test
    void shouldPageEveryList() {
        asCouncil().body(yearSetup("Đoàn kết, kỷ cương")).put("/api/v1/clusters/1/years/2025").then().statusCode(200);
        asCouncil().body(Map.of("fromYear", 2025, "toUnitCode", "BDBP-CAO-BANG")).post("/api/v1/clusters/1/handovers")
                .then().statusCode(201);
        String viewer = TestTokens.viewer();

        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/units")).isEqualTo(3);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/clusters")).isEqualTo(1);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/clusters/{n}/years", 1)).isEqualTo(3);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/clusters/{n}/years/{y}/revisions", 1, 2025)).isEqualTo(2);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/clusters/{n}/handovers", 1)).isEqualTo(1);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/units/{code}/memberships", "BDBP-LANG-SON")).isEqualTo(3);
    }

    @Test
    void shouldRenameAUnitOnlyWhileItIsAsTheCallerLastReadIt() {
        ApiConventions.checkIfMatch(TestTokens.council(), "/api/v1/units/BDBP-LANG-SON", "/api/v1/units/BDBP-LANG-SON",
                "{\"name\": \"Bộ Chỉ huy BĐBP tỉnh Lạng Sơn\", \"kind\": \"PROVINCIAL_COMMAND\"}",
                "{\"name\": \"BĐBP Lạng Sơn\", \"kind\": \"PROVINCIAL_COMMAND\"}", ApiConventions.outboxRows(dataSource));
    }

    @Test
    void shouldChangeAYearOnlyWhileItIsAsTheCallerLastReadIt() {
        LongSupplier effects = () -> rows("cluster_year_revision") * 1000 + ApiConventions.outboxRows(dataSource).getAsLong();
        ApiConventions.checkIfMatch(TestTokens.council(), "/api/v1/clusters/1/years/2025", "/api/v1/clusters/1/years/2025",
                yearSetup("Đoàn kết, kỷ cương, chủ động"), yearSetup("Dân chủ, đoàn kết"), effects);
    }

    @Test
    void shouldTakeBackTheYearAsItsGetAnswersIt() {
        var after = ApiConventions.checkReadChangeWrite(TestTokens.council(), "/api/v1/clusters/1/years/2025", year -> {
            year.put("theme", "Đoàn kết, sáng tạo, quyết thắng");
            List<?> members = new ArrayList<>((List<?>) year.get("members"));
            year.put("members", List.of(members.get(2), members.get(0), members.get(1)));
        });
        assertThat(after.jsonPath().getString("theme")).isEqualTo("Đoàn kết, sáng tạo, quyết thắng");
        assertThat(after.jsonPath().getList("members.unitCode"))
                .as("the members' order, as sent back, is the rotation")
                .containsExactly("BDBP-QUANG-NINH", "BDBP-LANG-SON", "BDBP-CAO-BANG");
        assertThat(after.jsonPath().getList("members.rotationPosition")).containsExactly(1, 2, 3);

        var answer = asCouncil().body(Map.of("members", List.of(Map.of("unitName", "BĐBP tỉnh Lạng Sơn"))))
                .put("/api/v1/clusters/1/years/2025").then().extract();
        MalformedRequests.assertProblem(answer, 400, "invalid-input");
        assertThat(answer.jsonPath().getString("violations[0].field")).isEqualTo("members[0]");
    }

    @Test
    void shouldRefuseAnIfMatchForAYearNotSetUpAndCreateNothing() {
        var answer = asCouncil().header("If-Match", "\"abc\"").body(yearSetup("Năm mới")).put("/api/v1/clusters/1/years/2026")
                .then().extract();
        MalformedRequests.assertProblem(answer, 412, "precondition-failed");
        asCouncil().get("/api/v1/clusters/1/years/2026").then().statusCode(404);
        asCouncil().body(yearSetup("Năm mới")).put("/api/v1/clusters/1/years/2026").then().statusCode(201).header("ETag", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentChangesWithTheSameTagThrough() throws Exception {
        String tag = asCouncil().get("/api/v1/clusters/1/years/2025").then().statusCode(200).extract().header("ETag");
        long revisions = rows("cluster_year_revision");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService members = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String theme : List.of("Đoàn kết, sáng tạo", "Kỷ cương, trách nhiệm")) {
                answers.add(members.submit(() -> {
                    together.await();
                    return asCouncil().header("If-Match", tag).body(yearSetup(theme)).put("/api/v1/clusters/1/years/2025").statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            members.shutdownNow();
        }
        assertThat(rows("cluster_year_revision")).isEqualTo(revisions + 1);
    }

    @Test
    void shouldHandTheFlagOverOnceWhenTheCouncilRetries() {
        var first = ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/clusters/1/handovers",
                "{\"fromYear\": 2025, \"toUnitCode\": \"BDBP-CAO-BANG\", \"reference\": \"Hội nghị tổng kết 26/09/2025\"}",
                "{\"fromYear\": 2025, \"toUnitCode\": \"BDBP-QUANG-NINH\"}", () -> rows("chair_handover"), 1);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.jsonPath().getString("toUnitCode")).isEqualTo("BDBP-CAO-BANG");
    }

    @Test
    void shouldRegisterAUnitAndCreateAClusterOnceWhenRetried() {
        ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/units",
                "{\"code\": \"BDBP-HA-GIANG\", \"name\": \"BĐBP tỉnh Hà Giang\", \"kind\": \"PROVINCIAL_COMMAND\"}",
                "{\"code\": \"BDBP-HA-GIANG\", \"name\": \"BĐBP Hà Giang\", \"kind\": \"PROVINCIAL_COMMAND\"}", () -> rows("unit"), 1);
        ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/clusters",
                "{\"number\": 2, \"name\": \"Cụm thi đua số 2 BĐBP\"}", "{\"number\": 2, \"name\": \"Cụm 2\"}",
                () -> rows("emulation_cluster"), 1);
    }
}
