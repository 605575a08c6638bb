package vn.bienphong.emulation.award.events;

import static vn.bienphong.emulation.award.Fixtures.as;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;
import static vn.bienphong.emulation.award.Fixtures.asViewer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.infra.testing.AsyncApiContract;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;

/**
 * award-service's events keep to docs/asyncapi.yaml: standings moved by a report, a ballot opened, voted
 * and closed, its nomination decided, a commendation recorded, a dossier filed and moved to a decision,
 * all through the API; each record read off the broker validates against the schema of its type.
 */
@QuarkusTest
class AsyncApiContractTest {

    private static final int CLUSTER = 38;
    private static final int YEAR = 2025;
    private static final String LANG_SON = "BDBP-LANG-SON";
    private static final String CAO_BANG = "BDBP-CAO-BANG";
    private static final String QUANG_NINH = "BDBP-QUANG-NINH";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    @Test
    void shouldPublishEveryTypeAsTheAsyncApiDocumentDescribesIt() {
        var start = EventTopicReader.endOffsets(Topics.AWARD_EVENTS);
        Fixtures.roster(CLUSTER, YEAR, LANG_SON, LANG_SON, CAO_BANG, QUANG_NINH);
        Fixtures.pact(CLUSTER, YEAR);
        Fixtures.send(CLUSTER, Fixtures.reportEvent(UUID.randomUUID(), Fixtures.report(UUID.randomUUID(), 1, CAO_BANG, CLUSTER, YEAR,
                Fixtures.figures("borderPatrols", 1800, "crimeCases", 42), null)));

        String ballot = as(TestTokens.unit(LANG_SON)).body(Map.of("clusterNumber", CLUSTER, "year", YEAR,
                        "conferenceDate", "2025-09-26", "place", "Lạng Sơn", "questions", List.of(
                                Map.of("id", "btl", "kind", "AWARD", "award", "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota", 1),
                                Map.of("id", "chair", "kind", "NEXT_CHAIR"))))
                .post("/api/v1/ballots").then().statusCode(201).extract().path("id");
        for (String unit : List.of(LANG_SON, CAO_BANG, QUANG_NINH)) {
            as(TestTokens.unit(unit)).body(Map.of("unitCode", unit, "choices", Map.of("btl", List.of(CAO_BANG), "chair", List.of(CAO_BANG))))
                    .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(201);
        }
        as(TestTokens.unit(LANG_SON)).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200);
        String nomination = asViewer().queryParams("cluster", CLUSTER, "year", YEAR).get("/api/v1/nominations")
                .then().statusCode(200).extract().path("items[0].id");
        asCouncil().body(Map.of("decision", "APPROVED", "decisionNumber", "1234/QĐ-BTL", "decisionDate", "2025-11-20"))
                .post("/api/v1/nominations/{id}/decision", nomination).then().statusCode(200);

        asCouncil().body(Map.of("clusterNumber", CLUSTER, "year", YEAR, "recipientKind", "INDIVIDUAL", "unitCode", QUANG_NINH,
                        "personName", "Thiếu tá Nguyễn Văn Hùng", "award", "Giấy khen", "occasion", "AD_HOC", "reason", "Cứu nạn trên biển"))
                .post("/api/v1/commendations").then().statusCode(201);

        String dossier = as(TestTokens.unit(LANG_SON)).body(Map.of("clusterNumber", CLUSTER, "year", YEAR,
                        "awardCode", "COMMANDER_CERTIFICATE", "recipientKind", "COLLECTIVE", "unitCode", LANG_SON,
                        "achievements", "Dẫn đầu phong trào Thi đua Quyết thắng"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        asCouncil().body(Map.of("reason", "Thiếu biên bản họp bình xét")).post("/api/v1/dossiers/{id}/return", dossier).then().statusCode(200);
        as(TestTokens.unit(LANG_SON)).body(Map.of("reason", "Đã bổ sung biên bản")).post("/api/v1/dossiers/{id}/resubmit", dossier)
                .then().statusCode(200);
        asCouncil().post("/api/v1/dossiers/{id}/receive", dossier).then().statusCode(200);
        asCouncil().body(Map.of("override", "Lập chiến công đột xuất")).post("/api/v1/dossiers/{id}/forward", dossier).then().statusCode(200);
        asCouncil().body(Map.of("outcome", "APPROVED")).post("/api/v1/dossiers/{id}/decide", dossier).then().statusCode(200);
        asCouncil().body(Map.of("number", "77/QĐ-BTL", "date", "2025-12-01", "signerName", "Thiếu tướng Nguyễn Anh Tuấn",
                        "signerTitle", "Tư lệnh BĐBP", "awardCode", "COMMANDER_CERTIFICATE", "dossierIds", List.of(dossier)))
                .post("/api/v1/decisions").then().statusCode(201);

        var published = AsyncApiContract.awaitPublished(Topics.AWARD_EVENTS, start, Set.of(EventTypes.STANDINGS_UPDATED,
                EventTypes.BALLOT_OPENED, EventTypes.BALLOT_CLOSED, EventTypes.NOMINATION_DECIDED, EventTypes.COMMENDATION_RECORDED,
                EventTypes.DOSSIER_MOVED, EventTypes.DECISION_ISSUED), 14, Duration.ofSeconds(30));

        AsyncApiContract.load().assertConform(published);
    }
}
