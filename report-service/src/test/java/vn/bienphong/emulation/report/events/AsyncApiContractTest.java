package vn.bienphong.emulation.report.events;

import static vn.bienphong.emulation.report.api.Fixtures.as;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.infra.testing.AsyncApiContract;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;
import vn.bienphong.emulation.report.api.Fixtures;
import vn.bienphong.emulation.report.service.RosterService;

/**
 * report-service's events keep to docs/asyncapi.yaml: reports submitted singly and in a batch (month,
 * quarter and campaign periods, decimals and money) and amended, through the API; each record read off
 * the broker validates against the schema of its type.
 */
@QuarkusTest
class AsyncApiContractTest {

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;

    @BeforeEach
    void cleanData() {
        Fixtures.cleanWithRosters(dataSource, roster);
    }

    @Test
    void shouldPublishEveryTypeAsTheAsyncApiDocumentDescribesIt() {
        var start = EventTopicReader.endOffsets(Topics.REPORT_EVENTS);
        String id = Fixtures.submit(report("BDBP-CAO-BANG", 1, 2025, Map.of("kind", "QUARTER", "label", "2025-Q1"),
                Map.of("borderPatrols", 1800, "fireworksSeizedKg", 12.5, "budgetCollectedVnd", 1_250_000_000L)));
        as(TestTokens.unit("BDBP-CAO-BANG")).body(Map.of("basedOnVersion", 1,
                        "figures", Map.of("borderPatrols", 1830, "fireworksSeizedKg", 12.5, "budgetCollectedVnd", 1_250_000_000L),
                        "notes", "Sửa số liệu quý I"))
                .post("/api/v1/reports/{id}/amendments", id).then().statusCode(201);
        asSystem().body(Map.of("items", List.of(
                        Map.of("idempotencyKey", "LANG-SON/2025-03", "report", report("BDBP-LANG-SON", 1, 2025, month(2025, 3),
                                Map.of("crimeCases", 3))),
                        Map.of("idempotencyKey", "LANG-SON/gpmn-50", "report", report("BDBP-LANG-SON", 1, 2025,
                                Map.of("kind", "CAMPAIGN", "label", "giai-phong-mien-nam-50", "from", "2025-03-01", "to", "2025-04-30"),
                                Map.of("crimeCases", 7))))))
                .post("/api/v1/reports/batch").then().statusCode(200);

        var published = AsyncApiContract.awaitPublished(Topics.REPORT_EVENTS, start,
                Set.of(EventTypes.REPORT_SUBMITTED, EventTypes.REPORT_AMENDED), 4, Duration.ofSeconds(30));

        AsyncApiContract.load().assertConform(published);
    }
}
