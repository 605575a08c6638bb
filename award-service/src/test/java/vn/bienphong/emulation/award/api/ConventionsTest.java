package vn.bienphong.emulation.award.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.bienphong.emulation.award.Fixtures.as;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.infra.testing.ApiConventions;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** One set of conventions: every list paged, If-Match on every PUT, Idempotency-Key on every POST that creates or acts. */
@QuarkusTest
class ConventionsTest {

    private static final int CLUSTER = 45;
    private static final int YEAR = 2025;
    private static final String SCHEME = "/api/v1/schemes/" + CLUSTER + "/" + YEAR;

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void setUp() {
        CleanDatabase.truncateAll(dataSource);
        Fixtures.roster(CLUSTER, YEAR, "LS", "LS", "CB", "QN");
    }

    private long rows(String sql) {
        return ApiConventions.count(dataSource, sql);
    }

    private long events(String type) {
        return rows("SELECT count(*) FROM outbox_event WHERE event_type = '" + type + "'");
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String scheme(int patrolsWeight) {
        return write(Map.of("criteria", List.of(
                        Map.of("code", "patrols", "title", "Tuần tra biên giới", "kind", "METRIC", "metricCode", "borderPatrols",
                                "weight", patrolsWeight, "target", 1000),
                        Map.of("code", "crime", "title", "Đấu tranh phòng, chống tội phạm", "kind", "METRIC", "metricCode", "crimeCases",
                                "weight", 100 - patrolsWeight, "target", 100)),
                "tieBreaks", List.of("TOTAL_SCORE", "FEWER_PENALTY_POINTS")));
    }

    private String openBallot(int quota) {
        return write(Map.of("clusterNumber", CLUSTER, "year", YEAR, "questions", List.of(
                Map.of("id", "flag", "kind", "AWARD", "award", "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota", quota),
                Map.of("id", "chair", "kind", "NEXT_CHAIR"))));
    }

    private String dossier(String person) {
        return write(Map.of("clusterNumber", CLUSTER, "year", YEAR, "awardCode", "COMMANDER_CERTIFICATE", "recipientKind", "INDIVIDUAL",
                "unitCode", "LS", "personName", person, "rank", "Thiếu tá", "position", "Đồn trưởng Đồn Biên phòng Hữu Nghị",
                "achievements", "Chỉ huy bắt giữ 12 vụ buôn lậu qua biên giới", "occasion", "AD_HOC"));
    }

    private String fileDossier(String person) {
        return as(TestTokens.unit("LS")).body(dossier(person)).post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldPageEveryList() {
        asCouncil().body(Map.of("unitCode", "LS", "kind", "BONUS", "points", 5, "reason", "Cứu nạn")).post(SCHEME + "/adjustments")
                .then().statusCode(201);
        asCouncil().body(Map.of("unitCode", "CB", "kind", "PENALTY", "points", 1, "reason", "Chậm báo cáo")).post(SCHEME + "/adjustments")
                .then().statusCode(201);
        String id = fileDossier("Nguyễn Văn Hùng");
        asCouncil().post("/api/v1/dossiers/{id}/receive", id).then().statusCode(200);
        as(TestTokens.unit("LS")).body(openBallot(1)).post("/api/v1/ballots").then().statusCode(201);
        String viewer = TestTokens.viewer();

        assertThat(ApiConventions.checkPagedList(viewer, SCHEME + "/adjustments")).isEqualTo(2);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/awards")).isGreaterThanOrEqualTo(9);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/dossiers/{id}/history", id)).isEqualTo(2);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/dossiers")).isEqualTo(1);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/ballots")).isEqualTo(1);
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/nominations")).isZero();
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/commendations")).isZero();
        assertThat(ApiConventions.checkPagedList(viewer, "/api/v1/decisions")).isZero();
        ApiConventions.checkPagedList(TestTokens.council(), "/api/v1/standings/rebuilds");
    }

    @Test
    void shouldChangeTheSchemeOnlyWhileItIsAsTheCallerLastReadIt() {
        asCouncil().body(scheme(60)).put(SCHEME).then().statusCode(201);
        ApiConventions.checkIfMatch(TestTokens.council(), SCHEME, SCHEME, scheme(70), scheme(50),
                () -> rows("SELECT count(*) FROM outbox_event") + rows("SELECT sum(revision) FROM scoring_scheme"));
    }

    @Test
    void shouldTakeBackTheSchemeAsItsGetAnswersIt() {
        String threeRules = scheme(60).replace("\"FEWER_PENALTY_POINTS\"]", "\"FEWER_PENALTY_POINTS\",\"MORE_BONUS_POINTS\"]");
        asCouncil().body(threeRules).put(SCHEME).then().statusCode(201);
        var after = ApiConventions.checkReadChangeWrite(TestTokens.council(), SCHEME, scheme -> {
            List<?> rules = new ArrayList<>((List<?>) scheme.get("tieBreaks"));
            assertThat(rules).as("the tie-breaks as read").hasSizeGreaterThan(2).first().isInstanceOf(Map.class);
            scheme.put("tieBreaks", List.of(rules.get(0), rules.get(2), rules.get(1)));
        });
        List<String> rules = after.jsonPath().getList("tieBreaks.rule");
        assertThat(rules).containsExactly("TOTAL_SCORE", "MORE_BONUS_POINTS", "FEWER_PENALTY_POINTS");
        assertThat(after.jsonPath().getInt("revision")).isEqualTo(2);
        var answer = asCouncil().body(Map.of("criteria", after.jsonPath().getList("criteria"),
                "tieBreaks", List.of(Map.of("explanation", "the higher total score first")))).put(SCHEME).then().extract();
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
        assertThat(answer.jsonPath().getString("violations[0].field")).isEqualTo("tieBreaks[0]");
        asCouncil().get(SCHEME).then().statusCode(200).body("tieBreaks.rule", org.hamcrest.Matchers.equalTo(rules));
    }

    @Test
    void shouldConfigureAnAwardsRulesOnlyWhileTheAwardIsAsTheCallerLastReadIt() {
        String award = "/api/v1/awards/MINISTER_CERTIFICATE";
        List<Map<String, Object>> original = new ArrayList<>();
        for (Map<String, Object> rule : RestAssured.given().auth().oauth2(TestTokens.viewer()).get(award).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("rules")) {
            Map<String, String> params = new LinkedHashMap<>();
            ((Map<?, ?>) rule.getOrDefault("params", Map.of())).forEach((k, v) -> params.put(k.toString(), v.toString()));
            params.remove("source");
            original.add(Map.of("kind", rule.get("kind"), "params", params, "source", rule.get("source")));
        }
        try {
            ApiConventions.checkIfMatch(TestTokens.council(), award, award + "/rules",
                    write(Map.of("rules", List.of(Map.of("kind", "NO_PENALTY", "source", "Quy chế thi đua của Cụm số 45 (bản thử)")))),
                    write(Map.of("rules", List.of(Map.of("kind", "STANDINGS_RANK", "params", Map.of("maxRank", "3"),
                            "source", "Quy chế thi đua của Cụm số 45 (bản thử, sửa đổi)")))),
                    () -> rows("SELECT count(*) FROM outbox_event"));
        } finally {
            asCouncil().body(write(Map.of("rules", original))).put(award + "/rules").then().statusCode(200);
        }
    }

    @Test
    void shouldAddPointsOnceWhenTheCouncilRetries() {
        ApiConventions.checkIdempotentRetry(TestTokens.council(), SCHEME + "/adjustments",
                write(Map.of("unitCode", "LS", "kind", "BONUS", "points", 5, "reason", "Thành tích đột xuất: cứu nạn")),
                write(Map.of("unitCode", "LS", "kind", "BONUS", "points", 6, "reason", "Thành tích đột xuất: cứu nạn")),
                () -> rows("SELECT count(*) FROM score_adjustment"), 1);
        Fixtures.asViewer().get(SCHEME + "/adjustments").then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void shouldOpenVoteCloseAndDecideOnceWhenRetried() {
        String ballot = ApiConventions.checkIdempotentRetry(TestTokens.unit("LS"), "/api/v1/ballots", openBallot(1), openBallot(2),
                () -> rows("SELECT count(*) FROM ballot"), 1).jsonPath().getString("id");

        // a vote's key stands for the unit's paper: its choices are not kept with it, so only the unit is compared
        ExtractableResponse<Response> receipt = ApiConventions.checkIdempotentRetry(TestTokens.unit("CB"), "/api/v1/ballots/" + ballot + "/votes",
                write(Map.of("unitCode", "CB", "choices", Map.of("flag", List.of("LS"), "chair", List.of("QN")))), null,
                () -> rows("SELECT count(*) FROM ballot_paper"), 1);
        assertThat(receipt.jsonPath().getInt("ballotsCast")).isEqualTo(1);
        as(TestTokens.unit("QN")).body(Map.of("unitCode", "QN", "choices", Map.of("flag", List.of("LS"), "chair", List.of("QN"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(201);

        ApiConventions.checkIdempotentRetry(TestTokens.unit("LS"), "/api/v1/ballots/" + ballot + "/close", null, null,
                () -> events("ballot-closed.v1"), 1);
        String nomination = Fixtures.asViewer().queryParam("cluster", CLUSTER).get("/api/v1/nominations").then().statusCode(200)
                .extract().path("items[0].id");

        ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/nominations/" + nomination + "/decision",
                write(Map.of("decision", "APPROVED", "decisionNumber", "1234/QĐ-BTL", "decisionDate", "2025-12-20")),
                write(Map.of("decision", "REJECTED", "decisionNumber", "1234/QĐ-BTL", "decisionDate", "2025-12-20")),
                () -> events("nomination-decided.v1"), 1);
    }

    @Test
    void shouldRecordACommendationOnceWhenRetried() {
        ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/commendations",
                write(Map.of("clusterNumber", CLUSTER, "year", YEAR, "recipientKind", "COLLECTIVE", "unitCode", "CB",
                        "award", "Cờ thi đua của Bộ Quốc phòng", "awardCode", "MINISTRY_FLAG")),
                write(Map.of("clusterNumber", CLUSTER, "year", YEAR, "recipientKind", "COLLECTIVE", "unitCode", "QN",
                        "award", "Cờ thi đua của Bộ Quốc phòng", "awardCode", "MINISTRY_FLAG")),
                () -> rows("SELECT count(*) FROM commendation"), 1);
    }

    @Test
    void shouldFileMoveAttachAndDecideADossierOnceWhenRetried() throws Exception {
        String id = ApiConventions.checkIdempotentRetry(TestTokens.unit("LS"), "/api/v1/dossiers", dossier("Nguyễn Văn Hùng"),
                dossier("Trần Văn Nam"), () -> rows("SELECT count(*) FROM dossier"), 1).jsonPath().getString("id");
        String history = "SELECT count(*) FROM dossier_history";

        ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/dossiers/" + id + "/receive", null, null, () -> rows(history), 1);
        ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/dossiers/" + id + "/return",
                write(Map.of("reason", "Thiếu biên bản họp bình xét")), write(Map.of("reason", "Thiếu bản thành tích")), () -> rows(history), 1);
        ApiConventions.checkIdempotentRetry(TestTokens.unit("LS"), "/api/v1/dossiers/" + id + "/resubmit",
                write(Map.of("reason", "Đã bổ sung biên bản")), null, () -> rows(history), 1);
        asCouncil().post("/api/v1/dossiers/{id}/receive", id).then().statusCode(200);
        ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/dossiers/" + id + "/forward",
                write(Map.of("override", "Lập chiến công đột xuất")), null, () -> rows(history), 1);
        ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/dossiers/" + id + "/decide",
                write(Map.of("outcome", "APPROVED")), write(Map.of("outcome", "REJECTED")), () -> rows(history), 1);

        String key = "attach-" + UUID.randomUUID();
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        ExtractableResponse<Response> attached = upload(key, png);
        assertThat(attached.statusCode()).as(attached.asString()).isEqualTo(201);
        ExtractableResponse<Response> again = upload(key, png);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(attached.header("Location"));
        assertThat(rows("SELECT count(*) FROM dossier_attachment")).isEqualTo(1);

        ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/decisions",
                write(Map.of("number", "88/QĐ-BTL", "date", "2025-12-01", "signerName", "Thiếu tướng Nguyễn Anh Tuấn",
                        "awardCode", "COMMANDER_CERTIFICATE", "dossierIds", List.of(id))),
                write(Map.of("number", "89/QĐ-BTL", "date", "2025-12-01", "signerName", "Thiếu tướng Nguyễn Anh Tuấn",
                        "awardCode", "COMMANDER_CERTIFICATE", "dossierIds", List.of(id))),
                () -> rows("SELECT count(*) FROM commendation_decision") * 100 + rows("SELECT count(*) FROM commendation"), 101);
    }

    private ExtractableResponse<Response> upload(String key, byte[] content) {
        return RestAssured.given().auth().oauth2(TestTokens.unit("LS")).header("Idempotency-Key", key)
                .multiPart("file", "bien-ban.png", content, "image/png").multiPart("kind", "MINUTES")
                .post("/api/v1/dossiers/{id}/attachments", fileDossierForAttachment()).then().extract();
    }

    private String attachmentDossier;

    private String fileDossierForAttachment() {
        if (attachmentDossier == null) {
            attachmentDossier = fileDossier("Lê Văn Tâm");
        }
        return attachmentDossier;
    }

    @Test
    void shouldStartOneRebuildWhenTheCouncilRetries() {
        ExtractableResponse<Response> started = ApiConventions.checkIdempotentRetry(TestTokens.council(), "/api/v1/standings/rebuilds",
                null, null, () -> rows("SELECT count(*) FROM standings_rebuild"), 1);
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.header("Location");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(asCouncil().get(location).then().statusCode(200).extract().path("state")));
        asCouncil().get(location).then().body("state", org.hamcrest.Matchers.equalTo("SUCCEEDED"));
    }
}
