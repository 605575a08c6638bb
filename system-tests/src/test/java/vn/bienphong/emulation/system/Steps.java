package vn.bienphong.emulation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.awaitility.Awaitility;

/** What the council, the units and the dashboards do through the public APIs, shared by the scenarios. */
public final class Steps {

    public static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalSystem system;

    public Steps(LocalSystem system) {
        this.system = system;
    }

    /** The seeds' units (demo-data/cluster-service.json), registered by the council; those there already are left. */
    public JsonNode registerSeedUnits() {
        JsonNode data;
        try {
            data = JSON.readTree(system.root().resolve(Path.of("demo-data", "cluster-service.json")).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (JsonNode unit : data.path("units")) {
            registerUnit(unit.path("code").asText(), unit.path("name").asText(), unit.path("kind").asText());
        }
        return data;
    }

    public void registerUnit(String code, String name, String kind) {
        int status = Api.as(system.cluster(), system.council()).body(Map.of("code", code, "name", name, "kind", kind))
                .post("/api/v1/units").statusCode();
        assertThat(status).as("register " + code).isIn(201, 409);
    }

    public void createCluster(int number, String name) {
        int status = Api.as(system.cluster(), system.council()).body(Map.of("number", number, "name", name))
                .post("/api/v1/clusters").statusCode();
        assertThat(status).as("create cluster " + number).isIn(201, 409);
    }

    public void setUpYear(int cluster, int year, String theme, List<String> members, String chair) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("theme", theme);
        body.put("members", members);
        body.put("chairUnitCode", chair);
        Api.as(system.cluster(), system.council()).body(body)
                .put("/api/v1/clusters/{n}/years/{y}", cluster, year).then().statusCode(org.hamcrest.Matchers.isOneOf(200, 201));
    }

    /** A cluster of units of its own for a scenario: {@code prefix-01}.. registered, the cluster created and its year set up. */
    public List<String> clusterOfOwnUnits(int cluster, int year, String prefix, int units) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= units; i++) {
            String code = String.format("%s-%03d", prefix, i);
            registerUnit(code, "Đơn vị thử " + prefix + " số " + i, "OTHER");
            codes.add(code);
        }
        createCluster(cluster, "Cụm thi đua số " + cluster + " (thử)");
        setUpYear(cluster, year, null, codes, codes.get(0));
        return codes;
    }

    /** The pact's criteria; a single patrols criterion with a far target, so a unit's score follows its patrols. */
    public static List<Map<String, Object>> patrolsOnly() {
        return List.of(Map.of("code", "patrols", "title", "Tuần tra, kiểm soát biên giới", "kind", "METRIC",
                "metricCode", "borderPatrols", "weight", 100, "target", 100000000));
    }

    public static List<Map<String, Object>> seedCriteria() {
        return List.of(
                Map.of("code", "patrols", "title", "Tuần tra, kiểm soát biên giới", "kind", "METRIC", "metricCode", "borderPatrols", "weight", 30, "target", 2000, "overshootCap", 1.2),
                Map.of("code", "crime", "title", "Đấu tranh phòng, chống tội phạm", "kind", "METRIC", "metricCode", "crimeCases", "weight", 30, "target", 150),
                Map.of("code", "propaganda", "title", "Tuyên truyền, vận động quần chúng", "kind", "METRIC", "metricCode", "propagandaSessions", "weight", 20, "target", 2000),
                Map.of("code", "rescue", "title", "Cứu hộ, cứu nạn", "kind", "METRIC", "metricCode", "peopleRescued", "weight", 20, "target", 60, "overshootCap", 1.1));
    }

    public void putScheme(int cluster, int year, List<Map<String, Object>> criteria, List<Map<String, Object>> bonuses) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("criteria", criteria);
        body.put("awardBonuses", bonuses);
        body.put("tieBreaks", List.of("TOTAL_SCORE", "FEWER_PENALTY_POINTS"));
        Api.as(system.awards().get(0), system.council()).body(body)
                .put("/api/v1/schemes/{c}/{y}", cluster, year).then().statusCode(org.hamcrest.Matchers.isOneOf(200, 201));
    }

    public static Map<String, Object> report(String unit, int cluster, int year, String kind, String label, Map<String, ?> figures) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("unitCode", unit);
        report.put("clusterNumber", cluster);
        report.put("year", year);
        report.put("period", Map.of("kind", kind, "label", label));
        report.put("figures", figures);
        return report;
    }

    /** POSTs a report; answers the response as it is. */
    public Response submit(ServiceProcess instance, String token, Map<String, Object> report, String idempotencyKey) {
        return Api.as(instance, token).header("Idempotency-Key", idempotencyKey).body(report).post("/api/v1/reports");
    }

    /**
     * The first report of a cluster's new year: refused (422) until report-service has the membership from
     * cluster-service's event, then accepted; retried with its Idempotency-Key. Returns the report's id.
     */
    public String submitOnceMembershipArrived(ServiceProcess instance, String token, Map<String, Object> report, String key) {
        Response accepted = Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> submit(instance, token, report, key), r -> {
                    assertThat(r.statusCode()).as(r.asString()).isIn(201, 422);
                    return r.statusCode() == 201;
                });
        return accepted.jsonPath().getString("id");
    }

    /** Waits until award-service on this instance knows the cluster-year's members (its roster, from cluster-service's event). */
    public void awaitVoterRoster(ServiceProcess award, int cluster, int year, int members) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonPath s = Api.as(award, system.viewer()).get("/api/v1/standings/{c}/{y}", cluster, year).then().extract().jsonPath();
            return s.getList("entries") != null && s.getList("entries").size() == members;
        });
    }

    public JsonPath standings(ServiceProcess award, int cluster, int year) {
        return Api.as(award, system.viewer()).get("/api/v1/standings/{c}/{y}", cluster, year).then().statusCode(200).extract().jsonPath();
    }

    public JsonPath awaitStandings(ServiceProcess award, int cluster, int year, Predicate<JsonPath> condition) {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.as(award, system.viewer()).get("/api/v1/standings/{c}/{y}", cluster, year).then().extract(),
                        r -> r.statusCode() == 200 && condition.test(r.jsonPath())).jsonPath();
    }

    /** A unit's figure behind a criterion in the standings (0 when it has none). */
    public static BigDecimal actual(JsonPath standings, String unit, String criterion) {
        Object v = standings.get("entries.find { it.unitCode == '" + unit + "' }.breakdown.find { it.criterionCode == '" + criterion + "' }.actual");
        return v == null ? BigDecimal.ZERO : new BigDecimal(v.toString());
    }

    public static BigDecimal sumOfActuals(JsonPath standings, String criterion) {
        return standings.getList("entries.collect { e -> e.breakdown.find { it.criterionCode == '" + criterion + "' }?.actual ?: 0 }")
                .stream().map(o -> new BigDecimal(o.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** report-service's totals of a metric for a cluster and year (latest version of each report). */
    public BigDecimal reportTotal(ServiceProcess report, int cluster, int year, String metric) {
        JsonPath totals = Api.as(report, system.viewer()).queryParam("year", year)
                .get("/api/v1/totals/clusters/{n}", cluster).then().statusCode(200).extract().jsonPath();
        Object v = totals.get("figures.find { it.metric == '" + metric + "' }.value");
        return v == null ? BigDecimal.ZERO : new BigDecimal(v.toString());
    }

    public long reportsCounted(ServiceProcess report, int cluster, int year) {
        return Api.as(report, system.viewer()).queryParam("year", year)
                .get("/api/v1/totals/clusters/{n}", cluster).then().statusCode(200).extract().jsonPath().getLong("reportsCounted");
    }
}
