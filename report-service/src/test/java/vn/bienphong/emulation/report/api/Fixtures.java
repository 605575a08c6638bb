package vn.bienphong.emulation.report.api;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestEvents;
import vn.bienphong.emulation.infra.testing.TestTokens;
import vn.bienphong.emulation.report.service.RosterService;

/** The rosters and requests the tests of this module use again and again. */
public final class Fixtures {

    public static final List<String> CLUSTER_1_2025 = List.of("BDBP-LANG-SON", "BDBP-CAO-BANG", "BDBP-QUANG-NINH",
            "BDBP-HAI-PHONG", "BDBP-HUNG-YEN", "BDBP-NINH-BINH");
    public static final Map<String, String> NAMES = Map.of(
            "BDBP-LANG-SON", "BĐBP tỉnh Lạng Sơn", "BDBP-CAO-BANG", "BĐBP tỉnh Cao Bằng",
            "BDBP-QUANG-NINH", "BĐBP tỉnh Quảng Ninh", "BDBP-HAI-PHONG", "BĐBP thành phố Hải Phòng",
            "BDBP-HUNG-YEN", "BĐBP tỉnh Hưng Yên", "BDBP-NINH-BINH", "BĐBP tỉnh Ninh Bình",
            "BDBP-THANH-HOA", "BĐBP tỉnh Thanh Hóa", "BDBP-NGHE-AN", "BĐBP tỉnh Nghệ An",
            "BDBP-HUE", "BĐBP thành phố Huế");
    public static final List<String> CLUSTER_3_2025 = List.of("BDBP-THANH-HOA", "BDBP-NGHE-AN", "BDBP-HUE");

    private Fixtures() {
    }

    /** Empties the service's tables (not the metric catalogue) and sets up the 2025 rosters of clusters 1 and 3. */
    public static void cleanWithRosters(DataSource dataSource, RosterService roster) {
        CleanDatabase.truncateAll(dataSource, "metric_definition");
        applyMembership(roster, membership(1, 2025, CLUSTER_1_2025));
        applyMembership(roster, membership(3, 2025, CLUSTER_3_2025));
    }

    public static MembershipChanged membership(int cluster, int year, List<String> members) {
        List<MembershipChanged.Member> list = new ArrayList<>();
        members.forEach(code -> list.add(new MembershipChanged.Member(code, NAMES.getOrDefault(code, code))));
        return new MembershipChanged(cluster, "Cụm thi đua số " + cluster + " BĐBP", year, "Dân chủ, đoàn kết",
                list, members, members.get(0), null);
    }

    public static void applyMembership(RosterService roster, MembershipChanged membership) {
        QuarkusTransaction.requiringNew().run(() -> roster.onMembershipChanged(membership));
    }

    /**
     * Publishes the membership on cluster-events as cluster-service would, through the test broker, and
     * waits until report-service has applied it (every request after that reads the new roster).
     */
    public static void membershipThroughKafka(DataSource dataSource, MembershipChanged membership) {
        UUID id = UUID.randomUUID();
        EventTopicReader.send(Topics.CLUSTER_EVENTS, Integer.toString(membership.clusterNumber()), TestEvents.envelope(id,
                EventTypes.MEMBERSHIP_CHANGED, "/cluster-service", "cluster/" + membership.clusterNumber() + "/" + membership.year(),
                membership));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            try (var c = dataSource.getConnection();
                 var s = c.prepareStatement("SELECT count(*) FROM processed_event WHERE event_id = ?")) {
                s.setObject(1, id);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) == 1;
                }
            }
        });
    }

    /** The rows of a table that meet a condition ({@code true} for all). */
    public static long count(DataSource dataSource, String table, String condition) {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM " + table + " WHERE " + condition)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asSystem() {
        return as(TestTokens.system());
    }

    public static RequestSpecification asViewer() {
        return as(TestTokens.viewer());
    }

    public static RequestSpecification asCouncil() {
        return as(TestTokens.council());
    }

    /** A report body: a unit of a cluster, a period, figures; models and notes optional. */
    public static Map<String, Object> report(String unit, int cluster, int year, Map<String, Object> period, Map<String, ?> figures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unit);
        body.put("clusterNumber", cluster);
        body.put("year", year);
        body.put("period", period);
        body.put("figures", figures);
        body.put("models", List.of(Map.of("title", "Mô hình \"Mỗi đồn biên phòng một địa chỉ nhân đạo\"",
                "description", "Giúp đỡ học sinh nghèo", "product", "120 suất học bổng")));
        body.put("notes", "Báo cáo kết quả thi đua");
        return body;
    }

    public static Map<String, Object> month(int year, int month) {
        return Map.of("kind", "MONTH", "label", String.format("%d-%02d", year, month));
    }

    public static Map<String, Object> wholeYear(int year) {
        return Map.of("kind", "YEAR", "label", Integer.toString(year));
    }

    /** Submits as the command system and returns the report id. */
    public static String submit(Map<String, Object> body) {
        return asSystem().body(body).post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }
}
