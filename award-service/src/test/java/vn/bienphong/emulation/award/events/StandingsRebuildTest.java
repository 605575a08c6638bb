package vn.bienphong.emulation.award.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;
import static vn.bienphong.emulation.award.Fixtures.awaitStandings;
import static vn.bienphong.emulation.award.Fixtures.figures;
import static vn.bienphong.emulation.award.Fixtures.report;
import static vn.bienphong.emulation.award.Fixtures.reportEvent;
import static vn.bienphong.emulation.award.Fixtures.scoreOf;
import static vn.bienphong.emulation.award.Fixtures.send;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.award.SseListener;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;

/**
 * The standings rebuild as a job: the same standings as the live path (adjustments and clusters
 * without reports kept), one standings-updated per cluster and year at the end, live streams kept
 * open, one rebuild at a time, and a failed rebuild that leaves the old standings in place.
 * Each test has its own clusters; the topic holds every report event of this test JVM.
 */
@QuarkusTest
class StandingsRebuildTest {

    private static final int YEAR = 2025;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/standings/stream")
    URL stream;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    @Test
    void shouldRebuildTheSameStandingsAsTheLivePathAndPublishOneUpdatePerClusterAtTheEnd() throws Exception {
        int cluster = 61;
        int rosterOnly = 62;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB", "QN");
        Fixtures.roster(rosterOnly, YEAR, "HG", "HG", "LC");
        Fixtures.pact(cluster, YEAR);
        asCouncil().body(Map.of("unitCode", "QN", "kind", "BONUS", "points", 5, "reason", "Cứu hộ, cứu nạn trên biển"))
                .post("/api/v1/schemes/{c}/{y}/adjustments", cluster, YEAR).then().statusCode(201);
        UUID amended = UUID.randomUUID();
        send(cluster, reportEvent(UUID.randomUUID(), report(amended, 1, "LS", cluster, YEAR, figures("borderPatrols", 700, "crimeCases", 30), null)));
        send(cluster, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "CB", cluster, YEAR, figures("borderPatrols", 900, "crimeCases", 10), null)));
        send(cluster, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "QN", cluster, YEAR, figures("borderPatrols", 200, "crimeCases", 90), null)));
        send(cluster, reportEvent(UUID.randomUUID(), report(amended, 2, "LS", cluster, YEAR, figures("borderPatrols", 750, "crimeCases", 35),
                figures("borderPatrols", 700, "crimeCases", 30))));
        JsonPath before = awaitStandings(cluster, YEAR, j -> scoreOf(j, "LS").compareTo(new BigDecimal("59.00")) == 0
                && scoreOf(j, "QN").compareTo(new BigDecimal("53.00")) == 0 && scoreOf(j, "CB").signum() > 0);
        JsonPath rosterOnlyBefore = Fixtures.standings(rosterOnly, YEAR);

        try (SseListener dashboard = new SseListener(stream + "?cluster=" + cluster + "&year=" + YEAR)) {
            Thread.sleep(500); // the stream is subscribed before the rebuild publishes
            JsonNode job = awaitFinished(startRebuild());

            assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(job.path("eventsRead").asLong()).isGreaterThanOrEqualTo(4);
            // versions 1 and 2 of the amended report read in one poll are applied as one (the later supersedes)
            assertThat(job.path("eventsApplied").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(job.path("clustersRebuilt").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(job.path("finishedAt").isNull()).isFalse();
            String cause = "rebuild " + job.path("id").asText();

            JsonPath after = Fixtures.standings(cluster, YEAR);
            assertThat(after.getList("entries.unitCode")).isEqualTo(before.getList("entries.unitCode"));
            assertThat(after.getList("entries.score")).isEqualTo(before.getList("entries.score"));
            assertThat(after.getList("entries.rank")).isEqualTo(before.getList("entries.rank"));
            assertThat(after.getList("entries.bonusPoints")).isEqualTo(before.getList("entries.bonusPoints"));
            assertThat(after.getList("entries.breakdown.points")).isEqualTo(before.getList("entries.breakdown.points"));
            assertThat(after.getString("cause")).isEqualTo(cause);
            assertThat(after.getLong("revision")).isGreaterThan(before.getLong("revision"));
            JsonPath rosterOnlyAfter = Fixtures.standings(rosterOnly, YEAR);
            assertThat(rosterOnlyAfter.getList("entries.unitCode")).containsExactlyElementsOf(rosterOnlyBefore.getList("entries.unitCode"));

            // one standings-updated per cluster and year, all at the end
            List<ConsumerRecord<String, String>> published = EventTopicReader.read("award-events",
                    v -> v.contains("\"cause\":\"" + cause + "\""), job.path("clustersRebuilt").asInt(), Duration.ofSeconds(20));
            Map<String, Integer> perClusterYear = new HashMap<>();
            for (ConsumerRecord<String, String> r : published) {
                JsonNode data = JSON.readTree(r.value()).path("data");
                perClusterYear.merge(data.path("clusterNumber").asInt() + "/" + data.path("year").asInt(), 1, Integer::sum);
            }
            assertThat(perClusterYear).containsKeys(cluster + "/" + YEAR, rosterOnly + "/" + YEAR);
            assertThat(perClusterYear.values()).allMatch(n -> n == 1);
            assertThat(published).hasSize(job.path("clustersRebuilt").asInt());

            // the live stream saw the rebuild and stays open for what comes next
            assertThat(dashboard.next(d -> d.contains(cause), Duration.ofSeconds(10))).isNotNull();
            send(cluster, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "CB", cluster, YEAR, figures("crimeCases", 5), null)));
            assertThat(dashboard.next(d -> d.contains("\"clusterNumber\":" + cluster) && !d.contains(cause), Duration.ofSeconds(15))).isNotNull();
            assertThat(dashboard.isOpen()).isTrue();
        }
        Fixtures.asViewer().post("/api/v1/standings/rebuild").then().statusCode(403);
    }

    @Test
    void shouldLeaveTheOldStandingsInPlaceWhenARebuildFails() throws Exception {
        int cluster = 63;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        Fixtures.pact(cluster, YEAR);
        send(cluster, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "CB", cluster, YEAR, figures("borderPatrols", 500), null)));
        JsonPath before = awaitStandings(cluster, YEAR, j -> scoreOf(j, "CB").signum() > 0);

        JsonNode failed;
        try (Connection writer = dataSource.getConnection(); Statement s = writer.createStatement()) {
            // a writer holds the totals longer than the rebuild's lock timeout (3 s in tests): the swap cannot happen
            writer.setAutoCommit(false);
            s.execute("LOCK TABLE unit_total IN ROW EXCLUSIVE MODE");
            failed = awaitFinished(startRebuild());
            writer.rollback();
        }
        assertThat(failed.path("state").asText()).isEqualTo("FAILED");
        assertThat(failed.path("error").asText()).containsIgnoringCase("lock");

        JsonPath after = Fixtures.standings(cluster, YEAR);
        assertThat(after.getLong("revision")).isEqualTo(before.getLong("revision"));
        assertThat(after.getString("cause")).isEqualTo(before.getString("cause"));
        assertThat(after.getList("entries.score")).isEqualTo(before.getList("entries.score"));
        assertThat(after.getList("entries.breakdown.reports")).isEqualTo(before.getList("entries.breakdown.reports"));

        JsonNode again = awaitFinished(startRebuild());
        assertThat(again.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(Fixtures.standings(cluster, YEAR).getList("entries.score")).isEqualTo(before.getList("entries.score"));
    }

    @Test
    void shouldRunOneRebuildAtATimeWhateverTheNumberOfCallers() throws Exception {
        Fixtures.roster(64, YEAR, "LS", "LS", "CB");
        List<Integer> statuses = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        try (Connection writer = dataSource.getConnection(); Statement s = writer.createStatement()) {
            writer.setAutoCommit(false);
            s.execute("LOCK TABLE unit_total IN ROW EXCLUSIVE MODE"); // keeps the first rebuild from finishing meanwhile
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService callers = Executors.newFixedThreadPool(2);
            try {
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Callable<Response> call = () -> {
                        together.await();
                        return asCouncil().post("/api/v1/standings/rebuilds");
                    };
                    answers.add(callers.submit(call));
                }
                for (Future<Response> answer : answers) {
                    Response r = answer.get();
                    statuses.add(r.statusCode());
                    if (r.statusCode() == 202) {
                        locations.add(r.getHeader("Location"));
                    } else {
                        assertThat(r.contentType()).startsWith("application/problem+json");
                        assertThat(r.jsonPath().getString("detail")).contains("running already");
                    }
                }
            } finally {
                callers.shutdownNow();
                writer.rollback();
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(202, 409);
        JsonNode job = awaitFinished(locations.get(0));
        assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
        JsonPath jobs = asCouncil().get("/api/v1/standings/rebuilds").then().statusCode(200).extract().jsonPath();
        assertThat(jobs.getString("items[0].id")).isEqualTo(job.path("id").asText());
        asCouncil().get("/api/v1/standings/rebuilds/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String startRebuild() {
        Response r = asCouncil().post("/api/v1/standings/rebuild");
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.jsonPath().getString("state")).isEqualTo("RUNNING");
        String location = r.getHeader("Location");
        assertThat(location).endsWith("/api/v1/standings/rebuilds/" + r.jsonPath().getString("id"));
        return location;
    }

    /** Polls the job until it is no longer running. */
    static JsonNode awaitFinished(String location) throws Exception {
        String path = location.substring(location.indexOf("/api/v1/"));
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = JSON.readTree(asCouncil().get(path).then().statusCode(200).extract().asString());
            return !"RUNNING".equals(last[0].path("state").asText());
        });
        return last[0];
    }
}
