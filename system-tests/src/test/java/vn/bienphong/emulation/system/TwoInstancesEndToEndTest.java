package vn.bienphong.emulation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10's first point, shown on two running instances of each service: both answer alike right after
 * a membership change; the events of one aggregate reach Kafka in commit order though both instances
 * write them; a snapshot and a rebuild asked of both instances at once run once. (Every live stream
 * getting every change is shown by {@link EmulationYearEndToEndTest}.) Clusters 26 and 27.
 */
@ExtendWith(SystemExtension.class)
class TwoInstancesEndToEndTest {

    private static final int YEAR = 2025;
    private static LocalSystem system;
    private static Steps steps;

    @BeforeAll
    static void startTheSystem() {
        system = LocalSystem.shared();
        steps = new Steps(system);
    }

    @Test
    void shouldAnswerAlikeOnBothReportInstancesRightAfterEachMembershipChange() {
        int cluster = 26;
        List<String> units = steps.clusterOfOwnUnits(cluster, YEAR, "E2E-MEM", 2);
        for (int i = 3; i <= 7; i++) {
            String code = String.format("E2E-MEM-%03d", i);
            steps.registerUnit(code, "Đơn vị thử E2E-MEM số " + i, "OTHER");
            units.add(code);
            steps.setUpYear(cluster, YEAR, null, units, units.get(0)); // the unit joins the cluster's year
            ServiceProcess first = system.reports().get(i % 2);
            ServiceProcess other = system.reports().get((i + 1) % 2);
            steps.submitOnceMembershipArrived(first, system.unit(code),
                    Steps.report(code, cluster, YEAR, "MONTH", "2025-01", Map.of("borderPatrols", i)), "mem-" + code + "-1");
            // the very next request, on the instance that may not have consumed the event, is answered alike
            Response onOther = steps.submit(other, system.unit(code),
                    Steps.report(code, cluster, YEAR, "MONTH", "2025-02", Map.of("borderPatrols", i)), "mem-" + code + "-2");
            assertThat(onOther.statusCode()).as(other + " right after " + first + " accepted: " + onOther.asString()).isEqualTo(201);
        }
        // and a unit that leaves is refused alike: once one instance refuses, so does the other
        String leaving = units.remove(units.size() - 1);
        steps.setUpYear(cluster, YEAR, null, units, units.get(0));
        Awaitility.await().atMost(Steps.PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> steps.submit(system.reports().get(0),
                system.unit(leaving), Steps.report(leaving, cluster, YEAR, "MONTH", "2025-03", Map.of("borderPatrols", 1)), "mem-leave-a")
                .statusCode() == 422);
        Response onOther = steps.submit(system.reports().get(1), system.unit(leaving),
                Steps.report(leaving, cluster, YEAR, "MONTH", "2025-04", Map.of("borderPatrols", 1)), "mem-leave-b");
        assertThat(onOther.statusCode()).as(onOther.asString()).isEqualTo(422);
    }

    @Test
    void shouldPublishTheVersionsOfEachReportInCommitOrderWhileBothInstancesWriteThem() throws Exception {
        int cluster = 27;
        int reports = 6;
        int amendments = 15;
        List<String> units = steps.clusterOfOwnUnits(cluster, YEAR, "E2E-ORD", reports);
        steps.putScheme(cluster, YEAR, Steps.patrolsOnly(), List.of());
        steps.submitOnceMembershipArrived(system.reports().get(0), system.system(),
                Steps.report(units.get(0), cluster, YEAR, "YEAR", "2025", Map.of("borderPatrols", 1)), "ord-0");
        List<String> ids = new ArrayList<>();
        for (int u = 0; u < reports; u++) {
            Response r = steps.submit(system.reports().get(u % 2), system.system(),
                    Steps.report(units.get(u), cluster, YEAR, "YEAR", "2025", Map.of("borderPatrols", 1)), "ord-" + u);
            assertThat(r.statusCode()).isEqualTo(201);
            ids.add(r.jsonPath().getString("id"));
        }
        // each report amended again and again, alternately on each instance, all reports at the same time
        ExecutorService pool = Executors.newFixedThreadPool(reports);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < reports; u++) {
                String id = ids.get(u);
                running.add(pool.submit(() -> {
                    for (int v = 1; v <= amendments; v++) {
                        Api.as(system.reports().get(v % 2), system.system())
                                .body(Map.of("basedOnVersion", v, "figures", Map.of("borderPatrols", v + 1)))
                                .post("/api/v1/reports/{id}/amendments", id).then().statusCode(201);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int last = amendments + 1;
        for (ServiceProcess award : system.awards()) {
            steps.awaitStandings(award, cluster, YEAR,
                    s -> Steps.sumOfActuals(s, "patrols").compareTo(BigDecimal.valueOf((long) reports * last)) == 0);
        }
        for (String id : ids) {
            List<Integer> versions = KafkaRecords.read(system.bootstrapServers(), "report-events", v -> v.contains(id)).stream()
                    .map(ConsumerRecord::value).map(v -> new JsonPath(v).getInt("data.version")).toList();
            List<Integer> inOrder = new ArrayList<>();
            for (int v = 1; v <= last; v++) {
                inOrder.add(v);
            }
            assertThat(versions).as("report " + id + " on report-events").containsExactlyElementsOf(inOrder);
        }
    }

    @Test
    void shouldTakeOneSnapshotAndRunOneRebuildWhenBothInstancesAreAskedAtOnce() throws Exception {
        OffsetDateTime began = OffsetDateTime.now().minusSeconds(1);
        List<Response> snapshots = atOnce(system.reports().stream().<Callable<Response>>map(r ->
                () -> Api.as(r, system.council()).post("/api/v1/snapshots")).toList());
        assertThat(snapshots).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 200);
        assertThat(snapshots.get(0).jsonPath().getString("takenAt")).isEqualTo(snapshots.get(1).jsonPath().getString("takenAt"));
        for (ServiceProcess report : system.reports()) {
            List<String> taken = Api.as(report, system.viewer()).get("/api/v1/snapshots").then().statusCode(200)
                    .extract().jsonPath().getList("items.takenAt");
            assertThat(taken).as("snapshots on " + report).hasSize(1);
        }

        List<Response> rebuilds = atOnce(system.awards().stream().<Callable<Response>>map(a ->
                () -> Api.as(a, system.council()).post("/api/v1/standings/rebuilds")).toList());
        assertThat(rebuilds).extracting(Response::statusCode).containsExactlyInAnyOrder(202, 409);
        String job = rebuilds.stream().filter(r -> r.statusCode() == 202).findFirst().orElseThrow().jsonPath().getString("id");
        for (ServiceProcess award : system.awards()) {
            Awaitility.await().atMost(Steps.PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> Api.as(award, system.council())
                    .get("/api/v1/standings/rebuilds/{id}", job).then().statusCode(200).extract().jsonPath().getString("state"),
                    "SUCCEEDED"::equals);
            List<String> started = Api.as(award, system.council()).get("/api/v1/standings/rebuilds").then().statusCode(200)
                    .extract().jsonPath().<String>getList("items.requestedAt").stream()
                    .filter(t -> OffsetDateTime.parse(t).isAfter(began)).toList();
            assertThat(started).as("rebuilds requested in this test, seen on " + award).hasSize(1);
        }
    }

    private static List<Response> atOnce(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (Callable<Response> call : calls) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : answers) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
