package vn.bienphong.emulation.award.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.bienphong.emulation.award.Fixtures.as;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;
import static vn.bienphong.emulation.award.Fixtures.asViewer;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** The award catalogue, the eligibility check, and a dossier's whole path with its attachments, on the real broker and database. */
@QuarkusTest
class DossierFlowTest {

    private static final int CLUSTER = 41;
    private static final int YEAR = 2025;
    private static final String LANG_SON = "BDBP-LANG-SON";
    private static final String CAO_BANG = "BDBP-CAO-BANG";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
        Fixtures.roster(CLUSTER, YEAR, LANG_SON, LANG_SON, CAO_BANG);
    }

    @Test
    void shouldReadTheCatalogueWithItsRulesAndSources() {
        JsonPath awards = asViewer().get("/api/v1/awards").then().statusCode(200).extract().jsonPath();
        assertThat(awards.getList("items.code")).contains("MINISTRY_FLAG", "COMMAND_FLAG", "DETERMINED_TO_WIN_UNIT", "ADVANCED_UNIT",
                "MINISTER_CERTIFICATE", "COMMANDER_CERTIFICATE", "UNIT_CERTIFICATE", "EMULATION_SOLDIER", "ADVANCED_SOLDIER");
        asViewer().get("/api/v1/awards/COMMAND_FLAG").then().statusCode(200)
                .body("name", equalTo("Cờ thi đua của Bộ Tư lệnh BĐBP"))
                .body("recipients", equalTo("COLLECTIVE")).body("decidingLevel", equalTo("BORDER_GUARD_COMMANDER"))
                .body("rules.kind", equalTo(List.of("BALLOT_PROPOSAL", "STANDINGS_RANK", "NO_PENALTY")))
                .body("rules[0].source", startsWith("Nghị định 98/2023/NĐ-CP"));
        asViewer().get("/api/v1/awards/ARMY_EMULATION_SOLDIER").then().statusCode(200)
                .body("rules[0].params.times", equalTo(3)).body("rules[0].params.consecutive", equalTo(true));
        asViewer().get("/api/v1/awards/GOLD_STAR").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no award GOLD_STAR in the catalogue"));
    }

    @Test
    void shouldAnswerEachRuleOfEachNomineeMetOrNotAndWhy() {
        asCouncil().body(Map.of("unitCode", CAO_BANG, "kind", "PENALTY", "points", 2, "reason", "Vi phạm kỷ luật"))
                .post("/api/v1/schemes/{c}/{y}/adjustments", CLUSTER, YEAR).then().statusCode(201);
        JsonPath answer = asViewer().body(Map.of("clusterNumber", CLUSTER, "year", YEAR, "nominees", List.of(
                        Map.of("awardCode", "COMMAND_FLAG", "recipientKind", "COLLECTIVE", "unitCode", CAO_BANG),
                        Map.of("awardCode", "EMULATION_SOLDIER", "recipientKind", "INDIVIDUAL", "unitCode", LANG_SON, "personName", "Nguyễn Văn Hùng"))))
                .post("/api/v1/eligibility").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getBoolean("verdicts[0].eligible")).isFalse();
        assertThat(answer.getList("verdicts[0].rules.rule")).containsExactly("BALLOT_PROPOSAL", "STANDINGS_RANK", "NO_PENALTY");
        assertThat(answer.getList("verdicts[0].rules.met")).containsExactly(false, true, false);
        assertThat(answer.getString("verdicts[0].rules[0].reason")).isEqualTo(CAO_BANG + " was not proposed for COMMAND_FLAG by a closed ballot of 2025");
        assertThat(answer.getString("verdicts[0].rules[2].reason")).isEqualTo("2.00 penalty points are recorded against " + CAO_BANG + " in 2025");
        assertThat(answer.getString("verdicts[1].nominee")).isEqualTo("Nguyễn Văn Hùng (" + LANG_SON + ")");
        assertThat(answer.getString("verdicts[1].rules[0].reason")).contains("held ADVANCED_SOLDIER 0 times");

        asViewer().body(Map.of("clusterNumber", CLUSTER, "year", YEAR, "nominees", List.of(Map.of("awardCode", "EMULATION_SOLDIER", "recipientKind", "INDIVIDUAL"))))
                .post("/api/v1/eligibility").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("nominees[0].unitCode"));
    }

    @Test
    void shouldRunADossierThroughCorrectionARefusedForwardAndTheDecision() {
        String unit = TestTokens.unit(LANG_SON);
        // a unit files for itself; bad filings store nothing
        as(TestTokens.unit(CAO_BANG)).body(person(LANG_SON, "COMMANDER_CERTIFICATE")).post("/api/v1/dossiers").then().statusCode(403);
        as(unit).body(person(LANG_SON, "GOLD_STAR")).post("/api/v1/dossiers").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("awardCode"))
                .body("violations[0].message", equalTo("GOLD_STAR is not in the award catalogue"));
        as(unit).body(Map.of("clusterNumber", CLUSTER, "year", YEAR, "awardCode", "MINISTRY_FLAG", "recipientKind", "INDIVIDUAL",
                        "unitCode", LANG_SON, "personName", "Nguyễn Văn Hùng"))
                .post("/api/v1/dossiers").then().statusCode(400).body("violations.message", hasItem("Cờ thi đua của Bộ Quốc phòng is not given to individuals"));
        asViewer().queryParam("cluster", CLUSTER).get("/api/v1/dossiers").then().statusCode(200).body("totalItems", equalTo(0));

        as(unit).header("Idempotency-Key", "dossier-hung-2025").body(person(LANG_SON, "COMMANDER_CERTIFICATE"))
                .post("/api/v1/dossiers").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("source", equalTo("UNIT")).body("unitName", equalTo("BĐBP " + LANG_SON))
                .body("personName", equalTo("Nguyễn Văn Hùng")).body("rank", equalTo("Thiếu tá")).body("occasion", equalTo("AD_HOC"))
                .body("nextActions", equalTo(List.of("RECEIVE", "RETURN")));
        as(unit).header("Idempotency-Key", "dossier-hung-2025").body(person(LANG_SON, "COMMANDER_CERTIFICATE"))
                .post("/api/v1/dossiers").then().statusCode(201).header("Idempotent-Replayed", "true");
        asViewer().queryParam("cluster", CLUSTER).get("/api/v1/dossiers").then().statusCode(200).body("totalItems", equalTo(1));

        // the collective's dossier goes the whole way
        String id = as(unit).body(Map.of("clusterNumber", CLUSTER, "year", YEAR, "awardCode", "COMMANDER_CERTIFICATE", "recipientKind", "COLLECTIVE",
                        "unitCode", LANG_SON, "achievements", "Dẫn đầu phong trào Thi đua Quyết thắng"))
                .post("/api/v1/dossiers").then().statusCode(201).body("recipientKind", equalTo("COLLECTIVE")).extract().path("id");
        as(unit).post("/api/v1/dossiers/{id}/receive", id).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("RECEIVE is for the council, not the unit"));
        asCouncil().post("/api/v1/dossiers/{id}/receive", id).then().statusCode(200).body("status", equalTo("RECEIVED"));
        asCouncil().post("/api/v1/dossiers/{id}/return", id).then().statusCode(400).body("violations[0].field", equalTo("reason"));
        asCouncil().body(Map.of("reason", "Thiếu biên bản họp bình xét")).post("/api/v1/dossiers/{id}/return", id).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("nextActions", equalTo(List.of("RESUBMIT")));
        as(TestTokens.unit(CAO_BANG)).post("/api/v1/dossiers/{id}/resubmit", id).then().statusCode(403);
        asCouncil().post("/api/v1/dossiers/{id}/forward", id).then().statusCode(409).contentType("application/problem+json");
        as(unit).body(Map.of("reason", "Đã bổ sung biên bản")).post("/api/v1/dossiers/{id}/resubmit", id).then().statusCode(200).body("status", equalTo("RESUBMITTED"));
        asCouncil().post("/api/v1/dossiers/{id}/receive", id).then().statusCode(200);

        // a penalty makes the nominee ineligible: the forward is refused unless the council overrides
        asCouncil().body(Map.of("unitCode", LANG_SON, "kind", "PENALTY", "points", 1, "reason", "Chậm báo cáo"))
                .post("/api/v1/schemes/{c}/{y}/adjustments", CLUSTER, YEAR).then().statusCode(201);
        asViewer().get("/api/v1/dossiers/{id}/eligibility", id).then().statusCode(200).body("eligible", equalTo(false));
        asCouncil().post("/api/v1/dossiers/{id}/forward", id).then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("the nominee does not meet the award's eligibility rules; the council forwards it only with an override reason"));
        asViewer().get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("RECEIVED"));
        asCouncil().body(Map.of("override", "Lập chiến công đột xuất, vi phạm đã khắc phục")).post("/api/v1/dossiers/{id}/forward", id).then()
                .statusCode(200).body("status", equalTo("FORWARDED")).body("overrideReason", equalTo("Lập chiến công đột xuất, vi phạm đã khắc phục"));
        asCouncil().post("/api/v1/dossiers/{id}/decide", id).then().statusCode(400).body("violations[0].field", equalTo("outcome"));
        asCouncil().body(Map.of("outcome", "APPROVED")).post("/api/v1/dossiers/{id}/decide", id).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("outcome", equalTo("APPROVED")).body("nextActions", equalTo(List.of()));

        JsonPath history = asViewer().get("/api/v1/dossiers/{id}/history", id).then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.action")).containsExactly("FILE", "RECEIVE", "RETURN", "RESUBMIT", "RECEIVE", "FORWARD", "DECIDE");
        assertThat(history.getList("items.to")).containsExactly("SUBMITTED", "RECEIVED", "RETURNED", "RESUBMITTED", "RECEIVED", "FORWARDED", "DECIDED");
        assertThat(history.getList("items.role")).containsExactly("UNIT", "COUNCIL", "COUNCIL", "UNIT", "COUNCIL", "COUNCIL", "COUNCIL");
        assertThat(history.getString("items[2].reason")).isEqualTo("Thiếu biên bản họp bình xét");
        assertThat(history.getString("items[5].reason")).isEqualTo("forwarded by the council's override: Lập chiến công đột xuất, vi phạm đã khắc phục");
        assertThat(history.getString("items[1].actor")).isNotBlank();

        // a decision commends only approved dossiers of its award; then the commendation is counted
        String pending = asViewer().queryParams("cluster", CLUSTER, "status", "SUBMITTED").get("/api/v1/dossiers").then().statusCode(200)
                .extract().path("items[0].id");
        asCouncil().body(Map.of("number", "77/QĐ-BTL", "date", "2025-12-01", "signerName", "Thiếu tướng Nguyễn Anh Tuấn",
                        "awardCode", "COMMANDER_CERTIFICATE", "dossierIds", List.of(id, pending)))
                .post("/api/v1/decisions").then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("dossierIds[1]"))
                .body("violations[0].message", startsWith("the dossier of " + LANG_SON + " is submitted; a decision commends only dossiers the council approved"));
        asCouncil().body(Map.of("number", "77/QĐ-BTL", "date", "2025-12-01", "signerName", "Thiếu tướng Nguyễn Anh Tuấn",
                        "awardCode", "MINISTRY_FLAG", "dossierIds", List.of(id)))
                .post("/api/v1/decisions").then().statusCode(422).body("violations[0].message", equalTo("the dossier of " + LANG_SON
                        + " is for Bằng khen của Tư lệnh Bộ đội Biên phòng, not Cờ thi đua của Bộ Quốc phòng"));
        asViewer().queryParams("cluster", CLUSTER, "year", YEAR).get("/api/v1/commendations/summary").then().body("collectives", equalTo(0));
        asCouncil().body(Map.of("number", "77/QĐ-BTL", "date", "2025-12-01", "signerName", "Thiếu tướng Nguyễn Anh Tuấn",
                        "awardCode", "COMMANDER_CERTIFICATE", "dossierIds", List.of(id)))
                .post("/api/v1/decisions").then().statusCode(201).body("certificateHeading", equalTo("BẰNG KHEN"));
        asCouncil().body(Map.of("number", "77/QĐ-BTL", "date", "2025-12-02", "signerName", "X", "awardCode", "COMMANDER_CERTIFICATE",
                "dossierIds", List.of(id))).post("/api/v1/decisions").then().statusCode(409);
        asViewer().queryParams("cluster", CLUSTER, "year", YEAR).get("/api/v1/commendations/summary").then()
                .body("collectives", equalTo(1)).body("byAward[0].award", equalTo("Bằng khen của Tư lệnh Bộ đội Biên phòng"));
        asViewer().get("/api/v1/dossiers/{id}", id).then().body("decisionId", org.hamcrest.Matchers.notNullValue());

        var events = EventTopicReader.read("award-events", v -> v.contains("dossier-moved.v1") && v.contains(id), 7, Duration.ofSeconds(20));
        assertThat(events).hasSize(7);
        assertThat(events.get(2).value()).contains("\"action\":\"RETURN\"").contains("Thiếu biên bản họp bình xét");
        assertThat(events.get(0).key()).isEqualTo(Integer.toString(CLUSTER));
    }

    @Test
    void shouldKeepAttachmentsCheckedByContentWithTheirDigest() throws Exception {
        String unit = TestTokens.unit(LANG_SON);
        String id = as(unit).body(person(LANG_SON, "UNIT_CERTIFICATE")).post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        byte[] pdf = pdf();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));

        JsonPath attached = upload(unit, id, "bien-ban-binh-xet.pdf", "application/octet-stream", pdf, "MINUTES")
                .then().statusCode(201).extract().jsonPath();
        assertThat(attached.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(attached.getString("sha256")).isEqualTo(sha);
        assertThat(attached.getLong("sizeBytes")).isEqualTo(pdf.length);
        assertThat(attached.getString("fileName")).isEqualTo("bien-ban-binh-xet.pdf");
        var download = asViewer().get("/api/v1/dossiers/{id}/attachments/{a}", id, attached.getString("id")).then().statusCode(200)
                .contentType("application/pdf").header("X-Content-SHA256", sha).extract();
        assertThat(download.asByteArray()).isEqualTo(pdf);

        // a program named like a PDF, a file over the limit, another unit: refused, nothing kept
        byte[] program = new byte[2048];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        upload(unit, id, "bao-cao.pdf", "application/pdf", program, "REPORT").then().statusCode(415)
                .contentType("application/problem+json").body("detail", startsWith("the file's content is application/x-"));
        byte[] big = new byte[300 * 1024];
        System.arraycopy(pdf, 0, big, 0, Math.min(pdf.length, big.length));
        upload(unit, id, "lon.pdf", "application/pdf", big, "EVIDENCE").then().statusCode(413)
                .contentType("application/problem+json").body("detail", equalTo("the file has 307200 bytes; at most 262144 are accepted"));
        upload(TestTokens.unit(CAO_BANG), id, "x.pdf", "application/pdf", pdf, "EVIDENCE").then().statusCode(403);
        upload(unit, id, "x.pdf", "application/pdf", pdf, "PHOTO").then().statusCode(400).body("violations[0].field", equalTo("kind"));
        asViewer().get("/api/v1/dossiers/{id}", id).then().statusCode(200).body("attachments.size()", equalTo(1));
    }

    private static io.restassured.response.Response upload(String token, String dossier, String name, String type, byte[] content, String kind) {
        return RestAssured.given().config(RestAssured.config().multiPartConfig(
                        io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset(java.nio.charset.StandardCharsets.UTF_8)))
                .auth().oauth2(token).multiPart("file", name, content, type).multiPart("kind", kind)
                .post("/api/v1/dossiers/{id}/attachments", dossier);
    }

    static Map<String, Object> person(String unit, String award) {
        Map<String, Object> body = new HashMap<>(Map.of("clusterNumber", CLUSTER, "year", YEAR, "awardCode", award, "recipientKind", "INDIVIDUAL",
                "unitCode", unit, "personName", "Nguyễn Văn Hùng", "rank", "Thiếu tá", "position", "Đồn trưởng Đồn Biên phòng Hữu Nghị",
                "achievements", "Chỉ huy bắt giữ 12 vụ buôn lậu qua biên giới"));
        body.put("occasion", "AD_HOC");
        return body;
    }

    static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }
}
