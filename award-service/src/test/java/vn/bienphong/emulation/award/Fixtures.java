package vn.bienphong.emulation.award;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;
import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestEvents;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** What the tests of this module do again and again: events as the other services publish them, requests, waits. */
public final class Fixtures {

    private Fixtures() {
    }

    public static RequestSpecification asCouncil() {
        return as(TestTokens.council());
    }

    public static RequestSpecification asViewer() {
        return as(TestTokens.viewer());
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Publishes membership-changed.v1 as cluster-service would, and waits until the roster holds it. */
    public static void roster(int cluster, int year, String chair, String... units) {
        List<MembershipChanged.Member> members = new ArrayList<>();
        for (String u : units) {
            members.add(new MembershipChanged.Member(u, "BĐBP " + u));
        }
        MembershipChanged data = new MembershipChanged(cluster, "Cụm thi đua số " + cluster + " BĐBP", year, "Quyết thắng",
                members, List.of(units), chair, null);
        EventTopicReader.send(Topics.CLUSTER_EVENTS, Integer.toString(cluster),
                TestEvents.envelope(EventTypes.MEMBERSHIP_CHANGED, "/cluster-service", "cluster/" + cluster + "/" + year, data));
        awaitStandings(cluster, year, s -> s.getList("entries").size() >= units.length);
    }

    /** The pact of the flow tests: border patrols (weight 60, target 1000, cap 1.2) and crime cases (40, 100). */
    public static void pact(int cluster, int year) {
        asCouncil().body(Map.of(
                        "criteria", List.of(
                                Map.of("code", "patrols", "title", "Tuần tra biên giới", "kind", "METRIC", "metricCode", "borderPatrols",
                                        "weight", 60, "target", 1000, "overshootCap", 1.2),
                                Map.of("code", "crime", "title", "Đấu tranh phòng, chống tội phạm", "kind", "METRIC", "metricCode", "crimeCases",
                                        "weight", 40, "target", 100)),
                        "tieBreaks", List.of("TOTAL_SCORE", "CRITERION:crime", "FEWER_PENALTY_POINTS")))
                .put("/api/v1/schemes/{c}/{y}", cluster, year).then().statusCode(201);
    }

    public static Map<String, BigDecimal> figures(Object... metricAndValue) {
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        for (int i = 0; i < metricAndValue.length; i += 2) {
            f.put((String) metricAndValue[i], new BigDecimal(metricAndValue[i + 1].toString()));
        }
        return f;
    }

    public static ReportFiled report(UUID reportId, int version, String unit, int cluster, int year,
                                     Map<String, BigDecimal> figures, Map<String, BigDecimal> superseded) {
        return new ReportFiled(reportId, version, unit, cluster, year,
                new ReportFiled.Period("QUARTER", year + "-Q" + version, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31)),
                figures, version == 1 ? null : version - 1, superseded, List.of(), "unit-" + unit, OffsetDateTime.now());
    }

    /** The envelope of a report event: submitted for version 1, amended after. */
    public static String reportEvent(UUID eventId, ReportFiled report) {
        String type = report.version() == 1 ? EventTypes.REPORT_SUBMITTED : EventTypes.REPORT_AMENDED;
        return TestEvents.envelope(eventId, type, "/report-service", "report/" + report.reportId(), report);
    }

    public static void send(int cluster, String envelope) {
        EventTopicReader.send(Topics.REPORT_EVENTS, Integer.toString(cluster), envelope);
    }

    public static JsonPath standings(int cluster, int year) {
        return asViewer().get("/api/v1/standings/{c}/{y}", cluster, year).then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the standings of the cluster and year satisfy the condition; returns them. */
    public static JsonPath awaitStandings(int cluster, int year, java.util.function.Predicate<JsonPath> condition) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = asViewer().get("/api/v1/standings/{c}/{y}", cluster, year);
            if (response.statusCode() != 200) {
                return false;
            }
            last[0] = response.jsonPath();
            return condition.test(last[0]);
        });
        return last[0];
    }

    public static BigDecimal scoreOf(JsonPath standings, String unit) {
        return new BigDecimal(standings.getString("entries.find { it.unitCode == '" + unit + "' }.score"));
    }
}
