package vn.bienphong.emulation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The faults of a running system, with exact counts: the broker away while reports keep arriving, an
 * award-service instance killed (kill -9) in the middle of thousands of reports, cluster-service down
 * while a ballot closes, an event delivered twice, a malformed record on every consumed topic. Each
 * scenario has a cluster of its own (21–25), so they neither see nor disturb each other's data.
 */
@ExtendWith(SystemExtension.class)
class FaultsEndToEndTest {

    private static final int YEAR = 2025;
    private static LocalSystem system;
    private static Steps steps;

    @BeforeAll
    static void startTheSystem() {
        system = LocalSystem.shared();
        steps = new Steps(system);
    }

    @Test
    void shouldAcceptEveryReportWhileTheBrokerIsAwayAndGiveExactStandingsOnceItIsBack() {
        int cluster = 21;
        List<String> units = steps.clusterOfOwnUnits(cluster, YEAR, "E2E-BRK", 10);
        steps.putScheme(cluster, YEAR, Steps.patrolsOnly(), List.of());
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        steps.submitOnceMembershipArrived(system.reports().get(0), system.system(),
                Steps.report(units.get(0), cluster, YEAR, "MONTH", "2025-01", Map.of("borderPatrols", 1)), "brk-first");
        expected.merge(units.get(0), BigDecimal.ONE, BigDecimal::add);
        for (ServiceProcess award : system.awards()) {
            steps.awaitStandings(award, cluster, YEAR, s -> Steps.actual(s, units.get(0), "patrols").compareTo(BigDecimal.ONE) == 0);
        }

        system.broker().stop();
        try {
            int accepted = 0;
            for (int month = 2; month <= 12; month++) {
                for (int u = 0; u < units.size(); u++) {
                    int patrols = (u + 1) * 100 + month;
                    ServiceProcess instance = system.reports().get((month + u) % 2);
                    Response r = steps.submit(instance, system.system(), Steps.report(units.get(u), cluster, YEAR, "MONTH",
                            String.format("2025-%02d", month), Map.of("borderPatrols", patrols)), "brk-" + u + "-" + month);
                    assertThat(r.statusCode()).as("accepted while the broker is away: " + r.asString()).isEqualTo(201);
                    expected.merge(units.get(u), BigDecimal.valueOf(patrols), BigDecimal::add);
                    accepted++;
                }
            }
            assertThat(accepted).isEqualTo(110);
            // nothing reached award-service meanwhile
            assertThat(Steps.sumOfActuals(steps.standings(system.awards().get(0), cluster, YEAR), "patrols")).isEqualByComparingTo("1");
        } finally {
            system.broker().start();
        }

        BigDecimal total = expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (ServiceProcess award : system.awards()) {
            JsonPath s = steps.awaitStandings(award, cluster, YEAR, p -> Steps.sumOfActuals(p, "patrols").compareTo(total) >= 0);
            assertThat(Steps.sumOfActuals(s, "patrols")).isEqualByComparingTo(total);
            for (Map.Entry<String, BigDecimal> unit : expected.entrySet()) {
                assertThat(Steps.actual(s, unit.getKey(), "patrols")).as(unit.getKey()).isEqualByComparingTo(unit.getValue());
            }
        }
        for (ServiceProcess report : system.reports()) {
            assertThat(steps.reportTotal(report, cluster, YEAR, "borderPatrols")).isEqualByComparingTo(total);
            assertThat(steps.reportsCounted(report, cluster, YEAR)).isEqualTo(111);
        }
    }

    @Test
    void shouldLetTheOtherAwardInstanceTakeOverWhenOneIsKilledInTheMiddleOfThousandsOfReports() throws Exception {
        int cluster = 22;
        int unitCount = 50; // a cluster-year has at most 60 members: four years of 50 units, 12 months each
        List<Integer> years = List.of(2022, 2023, 2024, 2025);
        List<String> units = steps.clusterOfOwnUnits(cluster, years.get(0), "E2E-KIL", unitCount);
        for (int year : years) {
            steps.setUpYear(cluster, year, null, units, units.get(0));
            steps.putScheme(cluster, year, Steps.patrolsOnly(), List.of());
        }
        ServiceProcess victim = system.awards().get(0);
        ServiceProcess survivor = system.awards().get(1);
        for (int year : years) {
            steps.submitOnceMembershipArrived(system.reports().get(year % 2), system.system(),
                    Steps.report(units.get(0), cluster, year, "MONTH", year + "-01", Map.of("borderPatrols", 1)), "kil-" + year + "-0-1");
        }
        int sent = years.size();
        int batches = 0;
        try (StandingsStream dashboard = new StandingsStream(survivor.url(), "?cluster=" + cluster, system.viewer())
                .awaitOpen(Duration.ofSeconds(30))) {
            for (int month = 1; month <= 12; month++) {
                for (int year : years) {
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (int u = 0; u < unitCount; u++) {
                        if (month == 1 && u == 0) {
                            continue;
                        }
                        items.add(Map.of("idempotencyKey", "kil-" + year + "-" + u + "-" + month, "report", Steps.report(units.get(u),
                                cluster, year, "MONTH", String.format("%d-%02d", year, month), Map.of("borderPatrols", u + month))));
                    }
                    JsonPath answer = Api.as(system.reports().get(batches++ % 2), system.system()).body(Map.of("items", items))
                            .post("/api/v1/reports/batch").then().statusCode(200).extract().jsonPath();
                    assertThat(answer.getInt("created")).as(answer.prettify()).isEqualTo(items.size());
                    sent += items.size();
                }
                if (month == 4) {
                    victim.kill(); // kill -9, in the middle of the stream: a third of the reports are in
                }
            }
            assertThat(sent).isEqualTo(2400);

            for (int year : years) {
                BigDecimal total = BigDecimal.valueOf(18600); // per unit u: the months' u + month, 12u + 78
                JsonPath s = steps.awaitStandings(survivor, cluster, year, p -> Steps.sumOfActuals(p, "patrols").compareTo(total) >= 0);
                assertThat(Steps.sumOfActuals(s, "patrols")).as("year " + year).isEqualByComparingTo(total);
                for (int u = 0; u < unitCount; u++) {
                    assertThat(Steps.actual(s, units.get(u), "patrols")).as(units.get(u) + " in " + year)
                            .isEqualByComparingTo(BigDecimal.valueOf(12L * u + 78));
                }
                assertThat(steps.reportTotal(system.reports().get(year % 2), cluster, year, "borderPatrols")).isEqualByComparingTo(total);
                assertThat(steps.reportsCounted(system.reports().get(year % 2), cluster, year)).isEqualTo(600);
            }
            // the dashboard on the survivor saw the standings move, every year
            for (int year : years) {
                assertThat(dashboard.events(e -> e.clusterNumber() == cluster && e.data().path("year").asInt() == year)).isNotEmpty();
            }
        } finally {
            system.startAgain(victim);
        }
        // back, the restarted instance answers as the survivor does
        for (int year : years) {
            JsonPath again = steps.awaitStandings(victim, cluster, year,
                    p -> Steps.sumOfActuals(p, "patrols").compareTo(BigDecimal.valueOf(18600)) == 0);
            assertThat(again.getList("entries.unitCode")).containsExactlyElementsOf(steps.standings(survivor, cluster, year).getList("entries.unitCode"));
        }
    }

    @Test
    void shouldHandTheFlagOverOnceWhenClusterServiceComesBackAfterTheBallotClosed() {
        int cluster = 23;
        List<String> units = steps.clusterOfOwnUnits(cluster, YEAR, "E2E-CHR", 3);
        String chair = units.get(0);
        String successor = units.get(1);
        ServiceProcess award = system.awards().get(1);
        String ballot = openBallotOnceTheRosterArrived(award, cluster, chair, "chr-ballot");
        for (String unit : units) {
            Api.as(system.awards().get(units.indexOf(unit) % 2), system.unit(unit))
                    .body(Map.of("unitCode", unit, "choices", Map.of("next-chair", List.of(successor))))
                    .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(201);
        }

        system.cluster().stop();
        try {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                    Api.as(system.cluster(), system.viewer()).get("/api/v1/clusters/{n}/handovers", cluster)))
                    .as("cluster-service is down").isInstanceOf(ConnectException.class);
            Api.as(award, system.unit(chair)).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200)
                    .body("results.nextChairUnitCode", org.hamcrest.Matchers.equalTo(successor));
        } finally {
            system.startAgain(system.cluster());
        }

        List<Map<String, Object>> handovers = awaitHandovers(cluster);
        assertThat(handovers).hasSize(1);
        assertThat(handovers.get(0)).containsEntry("fromUnitCode", chair).containsEntry("toUnitCode", successor)
                .containsEntry("outcome", "COMPLETED").containsEntry("triggerReference", "ballot " + ballot);
    }

    @Test
    void shouldCountAReportEventDeliveredTwiceOnce() {
        int cluster = 24;
        List<String> units = steps.clusterOfOwnUnits(cluster, YEAR, "E2E-DUP", 2);
        steps.putScheme(cluster, YEAR, Steps.patrolsOnly(), List.of());
        String unit = units.get(0);
        String first = steps.submitOnceMembershipArrived(system.reports().get(0), system.system(),
                Steps.report(unit, cluster, YEAR, "MONTH", "2025-01", Map.of("borderPatrols", 100)), "dup-1");
        for (ServiceProcess award : system.awards()) {
            steps.awaitStandings(award, cluster, YEAR, s -> Steps.actual(s, unit, "patrols").compareTo(BigDecimal.valueOf(100)) == 0);
        }
        List<ConsumerRecord<String, String>> published = KafkaRecords.read(system.bootstrapServers(), "report-events", v -> v.contains(first));
        assertThat(published).hasSize(1);
        String eventId = new io.restassured.path.json.JsonPath(published.get(0).value()).getString("id");

        // the same CloudEvent (same id) once more on the topic, with the key of its cluster, by a plain producer
        KafkaRecords.send(system.bootstrapServers(), "report-events", published.get(0).key(), published.get(0).value());
        assertThat(KafkaRecords.read(system.bootstrapServers(), "report-events", v -> v.contains(eventId))).hasSize(2);
        // then a second report: on the same partition after the duplicate, so once it counts the duplicate was read
        String second = steps.submit(system.reports().get(1), system.system(),
                Steps.report(unit, cluster, YEAR, "MONTH", "2025-02", Map.of("borderPatrols", 7)), "dup-2").then().statusCode(201)
                .extract().path("id");
        for (ServiceProcess award : system.awards()) {
            JsonPath s = steps.awaitStandings(award, cluster, YEAR, p -> p.getList(
                    "entries[0].breakdown[0].reports.reportId").contains(second));
            assertThat(Steps.actual(s, unit, "patrols")).isEqualByComparingTo("107");
            assertThat(s.getList("entries[0].breakdown[0].reports.reportId")).containsExactlyInAnyOrder(first, second);
        }
    }

    @Test
    void shouldDeadLetterAMalformedRecordOnEachConsumedTopicAndGoOn() {
        int cluster = 25;
        String marker = "e2e-malformed-" + UUID.randomUUID();
        String key = Integer.toString(cluster);
        for (String topic : List.of("cluster-events", "report-events", "award-events")) {
            KafkaRecords.send(system.bootstrapServers(), topic, key, "{\"this is not\": an event " + marker);
        }

        // the flow goes on behind them, on the same partitions: membership → a report → standings → a ballot → a handover
        List<String> units = steps.clusterOfOwnUnits(cluster, YEAR, "E2E-DLQ", 2);
        steps.putScheme(cluster, YEAR, Steps.patrolsOnly(), List.of());
        steps.submitOnceMembershipArrived(system.reports().get(1), system.system(),
                Steps.report(units.get(1), cluster, YEAR, "YEAR", "2025", Map.of("borderPatrols", 42)), "dlq-1");
        for (ServiceProcess award : system.awards()) {
            steps.awaitStandings(award, cluster, YEAR, s -> Steps.actual(s, units.get(1), "patrols").compareTo(BigDecimal.valueOf(42)) == 0);
        }
        String ballot = openBallotOnceTheRosterArrived(system.awards().get(0), cluster, units.get(0), "dlq-ballot");
        for (String unit : units) {
            Api.as(system.awards().get(1), system.unit(unit)).body(Map.of("unitCode", unit, "choices", Map.of("next-chair", List.of(units.get(1)))))
                    .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(201);
        }
        Api.as(system.awards().get(1), system.unit(units.get(0))).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200);
        assertThat(awaitHandovers(cluster)).singleElement().satisfies(h -> assertThat(h).containsEntry("toUnitCode", units.get(1)));

        // each consumer kept its malformed record as a dead letter, once, and published it to its dead-letter topic
        Map<String, List<ServiceProcess>> consumers = new LinkedHashMap<>();
        consumers.put("cluster-events", List.of(system.reports().get(0), system.awards().get(0)));
        consumers.put("report-events", List.of(system.awards().get(1)));
        consumers.put("award-events", List.of(system.cluster(), system.awards().get(0)));
        for (Map.Entry<String, List<ServiceProcess>> topic : consumers.entrySet()) {
            for (ServiceProcess consumer : topic.getValue()) {
                List<Map<String, Object>> deadLetters = Awaitility.await().atMost(Steps.PATIENCE).pollInterval(Duration.ofMillis(200))
                        .until(() -> Api.as(consumer, system.council()).queryParams("topic", topic.getKey(), "size", 500)
                                .get("/api/v1/dead-letters").then().statusCode(200).extract().jsonPath()
                                .<Map<String, Object>>getList("items.findAll { it.payload != null && it.payload.contains('" + marker + "') }"),
                                l -> !l.isEmpty());
                assertThat(deadLetters).as(consumer + " on " + topic.getKey()).hasSize(1);
                assertThat(deadLetters.get(0)).containsEntry("status", "WAITING").containsEntry("key", key);
                String dlq = topic.getKey() + ".dlq." + consumer.module();
                List<ConsumerRecord<String, String>> onDlq = Awaitility.await().atMost(Steps.PATIENCE).pollInterval(Duration.ofMillis(500))
                        .until(() -> KafkaRecords.read(system.bootstrapServers(), dlq, v -> v.contains(marker)), l -> !l.isEmpty());
                assertThat(onDlq).as(dlq).hasSize(1);
                assertThat(onDlq.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
            }
        }
    }

    /** Opens a ballot with a NEXT_CHAIR question as the chair; award-service refuses it until it has the cluster's roster and chair. */
    private static String openBallotOnceTheRosterArrived(ServiceProcess award, int cluster, String chair, String key) {
        Response opened = Awaitility.await().atMost(Steps.PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.as(award, system.unit(chair)).header("Idempotency-Key", key).body(Map.of(
                                "clusterNumber", cluster, "year", YEAR,
                                "questions", List.of(Map.of("id", "next-chair", "kind", "NEXT_CHAIR"))))
                        .post("/api/v1/ballots"), r -> r.statusCode() == 201);
        return opened.jsonPath().getString("id");
    }

    private static List<Map<String, Object>> awaitHandovers(int cluster) {
        return Awaitility.await().atMost(Steps.PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.as(system.cluster(), system.viewer()).get("/api/v1/clusters/{n}/handovers", cluster)
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items.findAll { it.fromYear == " + YEAR + " }"),
                        l -> !l.isEmpty());
    }
}
