package vn.bienphong.emulation.award.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;
import static vn.bienphong.emulation.award.Fixtures.awaitStandings;
import static vn.bienphong.emulation.award.Fixtures.figures;
import static vn.bienphong.emulation.award.Fixtures.report;
import static vn.bienphong.emulation.award.Fixtures.reportEvent;
import static vn.bienphong.emulation.award.Fixtures.scoreOf;
import static vn.bienphong.emulation.award.Fixtures.send;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestEvents;

/** Report events move the standings: once per event, amendments replacing what they supersede, poison to the dead-letter topic. Each test has its own cluster. */
@QuarkusTest
class StandingsFlowTest {

    private static final int YEAR = 2025;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    static void pact(int cluster) {
        Fixtures.pact(cluster, YEAR);
    }

    @Test
    void shouldRankAUnitOnItsYearReportAloneWhenItAlsoFiledACampaignReport() {
        int cluster = 29;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        pact(cluster);
        UUID yearReport = UUID.randomUUID();
        send(cluster, reportEvent(UUID.randomUUID(), new ReportFiled(yearReport, 1, "CB", cluster, YEAR,
                new ReportFiled.Period("YEAR", "2025", java.time.LocalDate.of(YEAR, 1, 1), java.time.LocalDate.of(YEAR, 12, 31)),
                figures("crimeCases", 149), null, null, List.of(), "unit-CB", java.time.OffsetDateTime.now())));
        send(cluster, reportEvent(UUID.randomUUID(), new ReportFiled(UUID.randomUUID(), 1, "CB", cluster, YEAR,
                new ReportFiled.Period("CAMPAIGN", "GP50", java.time.LocalDate.of(YEAR, 3, 1), java.time.LocalDate.of(YEAR, 4, 30)),
                figures("crimeCases", 7), null, null, List.of(), "unit-CB", java.time.OffsetDateTime.now())));
        // a report after both, on the same partition: once it shows, both before it were applied
        send(cluster, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "LS", cluster, YEAR, figures("crimeCases", 1), null)));

        JsonPath s = awaitStandings(cluster, YEAR, j -> scoreOf(j, "LS").signum() > 0);
        String crime = "entries.find { it.unitCode == 'CB' }.breakdown.find { it.criterionCode == 'crime' }";
        assertThat(new java.math.BigDecimal(s.getString(crime + ".actual"))).isEqualByComparingTo("149");
        assertThat(s.getList(crime + ".reports.reportId")).containsExactly(yearReport.toString());
    }

    @Test
    void shouldScoreAMaxMetricOnItsLargestFigureNotOnTheSum() {
        int cluster = 28;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        Fixtures.asCouncil().body(Map.of("criteria", List.of(
                        Map.of("code", "models", "kind", "METRIC", "metricCode", "modelUnits", "weight", 10, "target", 10,
                                "aggregation", "MAX"))))
                .put("/api/v1/schemes/{c}/{y}", cluster, YEAR).then().statusCode(201);
        send(cluster, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "CB", cluster, YEAR, figures("modelUnits", 5), null)));
        send(cluster, reportEvent(UUID.randomUUID(), new ReportFiled(UUID.randomUUID(), 1, "CB", cluster, YEAR,
                new ReportFiled.Period("QUARTER", "2025-Q2", java.time.LocalDate.of(YEAR, 4, 1), java.time.LocalDate.of(YEAR, 6, 30)),
                figures("modelUnits", 7), null, null, List.of(), "unit-CB", java.time.OffsetDateTime.now())));
        send(cluster, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "LS", cluster, YEAR, figures("modelUnits", 1), null)));

        JsonPath s = awaitStandings(cluster, YEAR, j -> scoreOf(j, "LS").signum() > 0);
        assertThat(new java.math.BigDecimal(s.getString("entries.find { it.unitCode == 'CB' }.breakdown[0].actual")))
                .isEqualByComparingTo("7");
        assertThat(scoreOf(s, "CB")).isEqualByComparingTo("7.00");
    }

    @Test
    void shouldMoveTheStandingsWhenAReportArrivesAndPublishStandingsUpdated() {
        int cluster = 21;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB", "QN");
        pact(cluster);
        UUID eventId = UUID.randomUUID();
        UUID reportId = UUID.randomUUID();
        send(cluster, reportEvent(eventId, report(reportId, 1, "CB", cluster, YEAR, figures("borderPatrols", 500, "crimeCases", 50), null)));

        JsonPath s = awaitStandings(cluster, YEAR, j -> "CB".equals(j.getString("entries[0].unitCode")));
        assertThat(scoreOf(s, "CB")).isEqualByComparingTo("50.00");
        assertThat(s.getInt("entries[0].rank")).isEqualTo(1);
        assertThat(s.getList("entries.unitCode")).containsExactly("CB", "LS", "QN");
        assertThat(s.getList("entries.rank", Integer.class)).containsExactly(1, 2, 2);
        assertThat(s.getString("entries[2].decidedBy")).isEqualTo("tied");
        assertThat(s.getString("entries[0].breakdown[0].criterionCode")).isEqualTo("patrols");
        assertThat(s.getString("entries[0].breakdown[0].points")).isEqualTo("30.0");
        assertThat(s.getString("entries[0].breakdown[0].reports[0].reportId")).isEqualTo(reportId.toString());
        assertThat(s.getString("entries[0].unitName")).isEqualTo("BĐBP CB");
        assertThat(s.getList("tieBreaks.rule")).containsExactly("TOTAL_SCORE", "CRITERION:crime", "FEWER_PENALTY_POINTS");

        List<ConsumerRecord<String, String>> published = EventTopicReader.read("award-events",
                v -> v.contains("standings-updated.v1") && v.contains(eventId.toString()), 1, Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).key()).isEqualTo(Integer.toString(cluster));
        assertThat(published.get(0).value()).contains("\"unitCode\":\"CB\"").contains("\"rank\":1");

        Fixtures.asViewer().get("/api/v1/units/CB/standings").then().statusCode(200)
                .body("years[0].year", equalTo(YEAR)).body("years[0].rank", equalTo(1)).body("years[0].unitsRanked", equalTo(3));
    }

    @Test
    void shouldApplyTheSameEventOnceAndIgnoreAVersionThatIsNotNewer() {
        int cluster = 22;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        pact(cluster);
        UUID eventId = UUID.randomUUID();
        UUID reportId = UUID.randomUUID();
        ReportFiled r = report(reportId, 1, "LS", cluster, YEAR, figures("borderPatrols", 100), null);
        send(cluster, reportEvent(eventId, r));
        send(cluster, reportEvent(eventId, r));
        send(cluster, reportEvent(UUID.randomUUID(), r));
        UUID marker = UUID.randomUUID();
        send(cluster, reportEvent(marker, report(UUID.randomUUID(), 1, "CB", cluster, YEAR, figures("crimeCases", 1), null)));

        JsonPath s = awaitStandings(cluster, YEAR, j -> scoreOf(j, "CB").signum() > 0);
        assertThat(scoreOf(s, "LS")).isEqualByComparingTo("6.00");
        assertThat(s.getString("entries.find { it.unitCode == 'LS' }.breakdown[0].actual")).isEqualTo("100.0");
        assertThat(s.getList("entries.find { it.unitCode == 'LS' }.breakdown[0].reports")).hasSize(1);
    }

    @Test
    void shouldReplaceTheSupersededVersionWhenAReportIsAmended() {
        int cluster = 23;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        pact(cluster);
        UUID reportId = UUID.randomUUID();
        send(cluster, reportEvent(UUID.randomUUID(), report(reportId, 1, "LS", cluster, YEAR, figures("borderPatrols", 400, "crimeCases", 10), null)));
        send(cluster, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "LS", cluster, YEAR, figures("borderPatrols", 100), null)));
        awaitStandings(cluster, YEAR, j -> scoreOf(j, "LS").compareTo(new java.math.BigDecimal("34.00")) == 0);

        send(cluster, reportEvent(UUID.randomUUID(), report(reportId, 2, "LS", cluster, YEAR,
                figures("borderPatrols", 600, "crimeCases", 5), figures("borderPatrols", 400, "crimeCases", 10))));

        JsonPath s = awaitStandings(cluster, YEAR, j -> j.getInt("revision") >= 5 && scoreOf(j, "LS").compareTo(new java.math.BigDecimal("34.00")) != 0);
        // (600 + 100) / 1000 × 60 + 5 / 100 × 40
        assertThat(scoreOf(s, "LS")).isEqualByComparingTo("44.00");
        assertThat(s.getList("entries.find { it.unitCode == 'LS' }.breakdown[0].reports.version", Integer.class)).containsExactlyInAnyOrder(2, 1);

        send(cluster, reportEvent(UUID.randomUUID(), report(reportId, 1, "LS", cluster, YEAR, figures("borderPatrols", 400), null)));
        UUID marker = UUID.randomUUID();
        send(cluster, reportEvent(marker, report(UUID.randomUUID(), 1, "CB", cluster, YEAR, figures("crimeCases", 1), null)));
        s = awaitStandings(cluster, YEAR, j -> scoreOf(j, "CB").signum() > 0);
        assertThat(scoreOf(s, "LS")).isEqualByComparingTo("44.00");
    }

    @Test
    void shouldSendAPoisonMessageToTheDeadLetterTopicAndApplyTheNextGoodOne() {
        int cluster = 24;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        pact(cluster);
        String marker = UUID.randomUUID().toString();
        send(cluster, "{not json " + marker);
        send(cluster, TestEvents.envelope("report-exploded.v9", "/report-service", "x", Map.of("marker", marker)));
        ReportFiled noUnit = new ReportFiled(UUID.randomUUID(), 1, null, cluster, YEAR, null, figures("borderPatrols", 1),
                null, null, List.of(), "x", null);
        send(cluster, TestEvents.envelope(UUID.fromString(marker), "report-submitted.v1", "/report-service", "x", noUnit));
        send(cluster, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "CB", cluster, YEAR, figures("borderPatrols", 1000), null)));

        JsonPath s = awaitStandings(cluster, YEAR, j -> scoreOf(j, "CB").signum() > 0);
        assertThat(scoreOf(s, "CB")).isEqualByComparingTo("60.00");
        List<ConsumerRecord<String, String>> dead = EventTopicReader.read("report-events.dlq.award-service",
                v -> v.contains(marker), 3, Duration.ofSeconds(20));
        assertThat(dead).hasSize(3);
        assertThat(dead).allSatisfy(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
        assertThat(dead).anySatisfy(r -> assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("unknown event type report-exploded.v9"));
        assertThat(dead).anySatisfy(r -> assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("lacks the report id or the unit code"));
    }
}
