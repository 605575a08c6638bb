package vn.bienphong.emulation.report.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.bienphong.emulation.report.api.Fixtures.as;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.asViewer;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;
import vn.bienphong.emulation.report.service.RosterService;

@QuarkusTest
class ReportBatchTest {

    static final String BATCH = "/api/v1/reports/batch";

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void cleanData() {
        Fixtures.cleanWithRosters(dataSource, roster);
    }

    @Test
    void shouldStoreTheValidReportsOfAMixedBatchAndAnswerEachItemOnItsOwn() throws Exception {
        String existing = Fixtures.submit(report("BDBP-NINH-BINH", 1, 2025, month(2025, 3), Map.of("crimeCases", 2)));
        Map<String, Object> figureAsText = report("BDBP-HAI-PHONG", 1, 2025, month(2025, 4), Map.of("crimeCases", "many"));
        Map<String, Object> noUnit = report("BDBP-HAI-PHONG", 1, 2025, month(2025, 5), Map.of("crimeCases", 1));
        noUnit.remove("unitCode");
        List<Object> items = List.of(
                item("ls-03", report("BDBP-LANG-SON", 1, 2025, month(2025, 3),
                        Map.of("borderPatrols", 150, "budgetCollectedVnd", new BigDecimal("6500000000"), "drugsSeizedGrams", new BigDecimal("49.661")))),
                item("cb-03", report("BDBP-CAO-BANG", 1, 2025, month(2025, 3), Map.of("noSuchMetric", 1, "crimeCases", -1))),
                item("hue-03", report("BDBP-HUE", 1, 2025, month(2025, 3), Map.of("crimeCases", 1))),
                item("nb-q1", report("BDBP-NINH-BINH", 1, 2025, Map.of("kind", "QUARTER", "label", "2025-Q1"), Map.of("crimeCases", 5))),
                item("hy-03", report("BDBP-HUNG-YEN", 1, 2025, month(2025, 3), Map.of("crimeCases", 7))),
                item("hy-q1", report("BDBP-HUNG-YEN", 1, 2025, Map.of("kind", "QUARTER", "label", "2025-Q1"), Map.of("crimeCases", 8))),
                item("hp-04", figureAsText),
                item("hp-05", noUnit),
                item("qn-13", report("BDBP-QUANG-NINH", 1, 2025, Map.of("kind", "MONTH", "label", "2025-13"), Map.of("crimeCases", 1))),
                item("th-03", report("BDBP-THANH-HOA", 3, 2025, month(2025, 3), Map.of("peopleRescued", 4))),
                "not a report",
                Map.of("idempotencyKey", "x-1", "report", report("BDBP-HUE", 3, 2025, month(2025, 6), Map.of("crimeCases", 1)),
                        "priority", "high"));

        JsonPath answer = asSystem().body(Map.of("items", items)).post(BATCH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("received", equalTo(12)).body("created", equalTo(3)).body("replayed", equalTo(0)).body("refused", equalTo(9))
                .extract().jsonPath();

        assertItem(answer, 0, "CREATED", 201);
        assertThat(answer.getString("items[0].idempotencyKey")).isEqualTo("ls-03");
        assertThat(answer.getString("items[0].location")).startsWith("/api/v1/reports/").endsWith(answer.getString("items[0].report.id"));
        assertThat(answer.getString("items[0].report.unitName")).isEqualTo("BĐBP tỉnh Lạng Sơn");
        assertThat(answer.getString("items[0].report.period.to")).isEqualTo("2025-03-31");
        assertItem(answer, 1, "REFUSED", 400);
        assertThat(answer.getList("items[1].problem.violations.field")).containsExactlyInAnyOrder("figures.noSuchMetric", "figures.crimeCases");
        assertItem(answer, 2, "REFUSED", 422);
        assertThat(answer.getString("items[2].problem.detail")).contains("not a member of cluster 1 in 2025");
        assertItem(answer, 3, "REFUSED", 409);
        assertThat(answer.getString("items[3].problem.detail")).contains("overlaps the report for 2025-03").contains(existing);
        assertItem(answer, 4, "CREATED", 201);
        assertItem(answer, 5, "REFUSED", 409);
        assertThat(answer.getString("items[5].problem.detail")).contains("overlaps the report for 2025-03")
                .contains(answer.getString("items[4].report.id"));
        assertItem(answer, 6, "REFUSED", 400);
        assertThat(answer.getString("items[6].problem.violations[0].field")).isEqualTo("figures.crimeCases");
        assertItem(answer, 7, "REFUSED", 400);
        assertThat(answer.getList("items[7].problem.violations.field")).containsExactly("unitCode");
        assertItem(answer, 8, "REFUSED", 400);
        assertThat(answer.getString("items[8].problem.violations[0].field")).isEqualTo("period.label");
        assertItem(answer, 9, "CREATED", 201);
        assertItem(answer, 10, "REFUSED", 400);
        assertItem(answer, 11, "REFUSED", 400);
        assertThat(answer.getString("items[11].problem.violations[0].field")).isEqualTo("priority");
        assertThat(answer.getString("items[2].problem.instance")).isEqualTo("/api/v1/reports/batch#/items/2");

        // exactly the created reports are stored, with their versions and their events, as single reports are
        assertThat(count("report")).isEqualTo(4);
        assertThat(count("report_version")).isEqualTo(4);
        assertThat(count("outbox_event")).isEqualTo(4);
        assertThat(count("idempotency_record")).isEqualTo(3);
        String lsId = answer.getString("items[0].report.id");
        asViewer().get("/api/v1/reports/{id}", lsId).then().statusCode(200)
                .body("figures.budgetCollectedVnd", equalTo(6500000000L))
                .body("figures.drugsSeizedGrams", equalTo(49.661f))
                .body("submittedBy", equalTo("command-system"));
        List<String> created = List.of(lsId, answer.getString("items[4].report.id"), answer.getString("items[9].report.id"));
        List<ConsumerRecord<String, String>> records = EventTopicReader.read("report-events",
                v -> created.stream().anyMatch(v::contains), 3, Duration.ofSeconds(30));
        assertThat(records).hasSize(3);
        Map<String, String> keyByReport = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = json.readTree(record.value());
            assertThat(event.get("type").asText()).isEqualTo("report-submitted.v1");
            assertThat(event.at("/data/version").asInt()).isEqualTo(1);
            keyByReport.put(event.at("/data/reportId").asText(), record.key());
        }
        assertThat(keyByReport).containsEntry(lsId, "1").containsEntry(created.get(2), "3");
        JsonNode lsEvent = json.readTree(records.stream().filter(r -> r.value().contains(lsId)).findFirst().orElseThrow().value());
        assertThat(lsEvent.at("/data/figures/drugsSeizedGrams").decimalValue()).isEqualByComparingTo("49.661");
        assertThat(lsEvent.at("/data/models/0/product").asText()).isEqualTo("120 suất học bổng");
    }

    @Test
    void shouldReplayARetriedBatchAndStoreNothingTwice() {
        List<Object> items = List.of(
                item("ls-2025-06", report("BDBP-LANG-SON", 1, 2025, month(2025, 6), Map.of("crimeCases", 3))),
                item("cb-2025-06", report("BDBP-CAO-BANG", 1, 2025, month(2025, 6), Map.of("crimeCases", 4))),
                item("hue-2025-06", report("BDBP-HUE", 1, 2025, month(2025, 6), Map.of("crimeCases", 5))));
        JsonPath first = asSystem().body(Map.of("items", items)).post(BATCH).then().statusCode(200)
                .body("created", equalTo(2)).body("refused", equalTo(1)).extract().jsonPath();

        JsonPath retry = asSystem().body(Map.of("items", items)).post(BATCH).then().statusCode(200)
                .body("created", equalTo(0)).body("replayed", equalTo(2)).body("refused", equalTo(1)).extract().jsonPath();
        for (int i = 0; i < 2; i++) {
            assertItem(retry, i, "REPLAYED", 201);
            assertThat(retry.getString("items[" + i + "].report.id")).isEqualTo(first.getString("items[" + i + "].report.id"));
            assertThat(retry.getString("items[" + i + "].location")).isEqualTo(first.getString("items[" + i + "].location"));
            assertThat(retry.getString("items[" + i + "].report.submittedAt")).isEqualTo(first.getString("items[" + i + "].report.submittedAt"));
        }
        // a refused report's key is not kept: once Huế is in cluster 1 its retry goes through
        assertItem(retry, 2, "REFUSED", 422);
        assertThat(count("report")).isEqualTo(2);
        assertThat(count("outbox_event")).isEqualTo(2);

        Fixtures.applyMembership(roster, Fixtures.membership(1, 2025, List.of("BDBP-LANG-SON", "BDBP-CAO-BANG", "BDBP-HUE")));
        JsonPath third = asSystem().body(Map.of("items", items)).post(BATCH).then().statusCode(200)
                .body("replayed", equalTo(2)).body("created", equalTo(1)).extract().jsonPath();
        assertItem(third, 2, "CREATED", 201);

        // the same key with another report is refused for that item only
        List<Object> changed = List.of(
                item("ls-2025-06", report("BDBP-LANG-SON", 1, 2025, month(2025, 6), Map.of("crimeCases", 30))),
                item("ls-2025-07", report("BDBP-LANG-SON", 1, 2025, month(2025, 7), Map.of("crimeCases", 1))));
        JsonPath conflict = asSystem().body(Map.of("items", changed)).post(BATCH).then().statusCode(200).extract().jsonPath();
        assertItem(conflict, 0, "REFUSED", 409);
        assertThat(conflict.getString("items[0].problem.detail")).contains("ls-2025-06").contains("different report");
        assertItem(conflict, 1, "CREATED", 201);

        assertThat(count("report")).isEqualTo(4);
        assertThat(count("report_version")).isEqualTo(4);
        assertThat(count("outbox_event")).isEqualTo(4);
    }

    @Test
    void shouldShareIdempotencyKeysWithSingleSubmissionsAndRefuseAKeyTwiceInOneBatch() {
        Map<String, Object> body = report("BDBP-QUANG-NINH", 1, 2025, month(2025, 8), Map.of("coastalPatrols", 9));
        String id = asSystem().header("Idempotency-Key", "qn-2025-08").body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");

        JsonPath answer = asSystem().body(Map.of("items", List.of(item("qn-2025-08", body),
                        item("qn-2025-09", report("BDBP-QUANG-NINH", 1, 2025, month(2025, 9), Map.of("coastalPatrols", 3))),
                        item("qn-2025-09", report("BDBP-QUANG-NINH", 1, 2025, month(2025, 10), Map.of("coastalPatrols", 4))))))
                .post(BATCH).then().statusCode(200).extract().jsonPath();
        assertItem(answer, 0, "REPLAYED", 201);
        assertThat(answer.getString("items[0].report.id")).isEqualTo(id);
        assertItem(answer, 1, "CREATED", 201);
        assertItem(answer, 2, "REFUSED", 409);
        assertThat(answer.getString("items[2].problem.detail")).contains("item 1 of this batch");

        // and the other way round: a single POST with a batch item's key replays it
        asSystem().header("Idempotency-Key", "qn-2025-09")
                .body(report("BDBP-QUANG-NINH", 1, 2025, month(2025, 9), Map.of("coastalPatrols", 3))).post("/api/v1/reports")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(answer.getString("items[1].report.id")));
        assertThat(count("report")).isEqualTo(2);
    }

    @Test
    void shouldGiveItemsWithoutAKeyOneFromTheBatchsIdempotencyKey() {
        Map<String, Object> batch = Map.of("items", List.of(
                Map.of("report", report("BDBP-LANG-SON", 1, 2025, month(2025, 9), Map.of("crimeCases", 1))),
                item("own-key", report("BDBP-CAO-BANG", 1, 2025, month(2025, 9), Map.of("crimeCases", 1)))));
        asSystem().header("Idempotency-Key", "march-run-17").body(batch).post(BATCH).then().statusCode(200)
                .body("created", equalTo(2))
                .body("items[0].idempotencyKey", equalTo("march-run-17/0")).body("items[1].idempotencyKey", equalTo("own-key"));
        asSystem().header("Idempotency-Key", "march-run-17").body(batch).post(BATCH).then().statusCode(200)
                .body("replayed", equalTo(2));
        // without any key, a resent report is a second report for its period
        Map<String, Object> unkeyed = Map.of("items", List.of(
                Map.of("report", report("BDBP-HUNG-YEN", 1, 2025, month(2025, 9), Map.of("crimeCases", 1)))));
        asSystem().body(unkeyed).post(BATCH).then().statusCode(200).body("created", equalTo(1))
                .body("items[0].idempotencyKey", nullValue());
        asSystem().body(unkeyed).post(BATCH).then().statusCode(200).body("refused", equalTo(1))
                .body("items[0].status", equalTo(409)).body("items[0].problem.detail", containsString("amend that one"));
        asSystem().header("Idempotency-Key", "k".repeat(191)).body(unkeyed).post(BATCH).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("Idempotency-Key"));
        assertThat(count("report")).isEqualTo(3);
    }

    @Test
    void shouldRefuseABatchOverTheLimitOrWithoutItemsWholeAndStoreNothing() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < ReportBatchDtos.MAX_REPORTS + 1; i++) {
            items.add(item("k-" + i, report("BDBP-LANG-SON", 1, 2025, month(2025, 1 + i % 12), Map.of("crimeCases", i))));
        }
        asSystem().body(Map.of("items", items)).post(BATCH).then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 500 reports; this one carries 501"))
                .body("violations[0].field", equalTo("items"));

        asSystem().body(Map.of("items", List.of())).post(BATCH).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("items")).body("detail", containsString("1 to 500 reports"));
        asSystem().body(Map.of()).post(BATCH).then().statusCode(400).body("violations[0].field", equalTo("items"));
        asSystem().body(Map.of("items", List.of(), "extra", 1)).post(BATCH).then().statusCode(400).contentType("application/problem+json");
        asSystem().body("{\"items\": [").post(BATCH).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:bienphong:emulation:problem:malformed-json"))
                .body("detail", equalTo("the body ends before its JSON is complete (line 1, column 12) in items"));
        asSystem().body("{\"items\": {}}").post(BATCH).then().statusCode(400).contentType("application/problem+json");
        asSystem().post(BATCH).then().statusCode(400).contentType("application/problem+json");
        // a body over 4 MiB is refused before it is read; 300 KB (too much for one report) is fine for a batch
        Map<String, Object> big = report("BDBP-LANG-SON", 1, 2025, month(2025, 2), Map.of("crimeCases", 1));
        big.put("notes", "x".repeat(3000));
        List<Object> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(item("big-" + i, big));
        }
        asSystem().body(Map.of("items", hundred)).post(BATCH).then().statusCode(200).body("created", equalTo(1))
                .body("refused", equalTo(99));
        asSystem().body(Map.of("items", List.of(Map.of("report", Map.of("notes", "x".repeat(4_300_000)))))).post(BATCH)
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(count("report")).isEqualTo(1);
    }

    @Test
    void shouldLetAUnitSubmitABatchOnlyForItselfAndViewersNone() {
        Map<String, Object> batch = Map.of("items", List.of(
                item("ls-10", report("BDBP-LANG-SON", 1, 2025, month(2025, 10), Map.of("crimeCases", 1))),
                item("cb-10", report("BDBP-CAO-BANG", 1, 2025, month(2025, 10), Map.of("crimeCases", 1)))));
        JsonPath answer = as(TestTokens.unit("BDBP-LANG-SON")).body(batch).post(BATCH).then().statusCode(200).extract().jsonPath();
        assertItem(answer, 0, "CREATED", 201);
        assertThat(answer.getString("items[0].report.submittedBy")).isEqualTo("unit-BDBP-LANG-SON");
        assertItem(answer, 1, "REFUSED", 403);
        assertThat(answer.getString("items[1].problem.detail")).contains("BDBP-CAO-BANG");

        asViewer().body(batch).post(BATCH).then().statusCode(403).contentType("application/problem+json");
        Fixtures.asCouncil().body(batch).post(BATCH).then().statusCode(403);
        given().contentType(ContentType.JSON).body(batch).post(BATCH).then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.forged("system")).body(batch).post(BATCH).then().statusCode(401);
        assertThat(count("report")).isEqualTo(1);
    }

    @Test
    void shouldAcceptExactlyOneOfOverlappingReportsSentInConcurrentBatchesAndSingles() throws Exception {
        List<Map<String, Object>> bodies = List.of(
                report("BDBP-HUNG-YEN", 1, 2025, month(2025, 3), Map.of("crimeCases", 1)),
                report("BDBP-HUNG-YEN", 1, 2025, Map.of("kind", "QUARTER", "label", "2025-Q1"), Map.of("crimeCases", 2)),
                report("BDBP-HUNG-YEN", 1, 2025, Map.of("kind", "YEAR", "label", "2025"), Map.of("crimeCases", 3)));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<int[]>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                answers.add(clients.submit(() -> {
                    start.await();
                    if (n % 4 == 3) {
                        int status = asSystem().body(bodies.get(n % 3)).post("/api/v1/reports").then().extract().statusCode();
                        return new int[] {status == 201 ? 1 : 0};
                    }
                    // each batch: another unit's report, then the contested ones in another order
                    List<Object> items = new ArrayList<>();
                    items.add(Map.of("report", report("BDBP-LANG-SON", 1, 2025, month(2025, 1 + n), Map.of("crimeCases", n))));
                    for (int k = 0; k < 3; k++) {
                        items.add(Map.of("report", bodies.get((n + k) % 3)));
                    }
                    JsonPath result = asSystem().body(Map.of("items", items)).post(BATCH).then().statusCode(200).extract().jsonPath();
                    int contestedCreated = 0;
                    for (int k = 1; k < 4; k++) {
                        if ("CREATED".equals(result.getString("items[" + k + "].outcome"))) {
                            contestedCreated++;
                        } else {
                            assertThat(result.getInt("items[" + k + "].status")).isEqualTo(409);
                        }
                    }
                    assertThat(result.getString("items[0].outcome")).isEqualTo("CREATED");
                    return new int[] {contestedCreated};
                }));
            }
            start.countDown();
            int accepted = 0;
            for (Future<int[]> answer : answers) {
                accepted += answer.get(60, TimeUnit.SECONDS)[0];
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
        assertThat(countWhere("report", "unit_code = 'BDBP-HUNG-YEN'")).isEqualTo(1);
        assertThat(countWhere("report", "unit_code = 'BDBP-LANG-SON'")).isEqualTo(6);
        assertThat(count("outbox_event")).isEqualTo(7);
    }

    @Test
    void shouldDescribeEveryAnswerOfTheNewOperationsWithASchemaAndAnExample() {
        JsonPath openApi = JsonPath.from(given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString());
        Map<String, List<String>> operations = Map.of(
                "'/api/v1/reports/batch'.post", List.of("200", "400", "401", "403", "413"),
                "'/api/v1/reporting-status/clusters/{clusterNumber}'.get", List.of("200", "400", "401", "404"),
                "'/api/v1/reporting-status/clusters/{clusterNumber}/not-reported'.get", List.of("200", "400", "401", "404"),
                "'/api/v1/model-bank'.get", List.of("200", "400", "401"));
        operations.forEach((operation, statuses) -> {
            Map<String, Object> responses = openApi.getMap("paths." + operation + ".responses");
            assertThat(responses).as(operation).containsKeys(statuses.toArray(String[]::new));
            for (String status : statuses) {
                String type = status.equals("200") ? "'application/json'" : "'application/problem+json'";
                String content = "paths." + operation + ".responses.'" + status + "'.content." + type;
                assertThat(openApi.getMap(content + ".schema")).as("%s %s schema", operation, status).isNotEmpty();
                if (!status.equals("200")) {
                    assertThat(openApi.getString(content + ".schema.'$ref'")).endsWith("/Problem");
                }
                Map<String, Map<String, Object>> examples = openApi.getMap(content + ".examples");
                assertThat(examples).as("%s %s examples", operation, status).isNotEmpty();
                // an example is JSON, not a string that failed to parse
                examples.values().forEach(example -> assertThat(example.get("value")).as("%s %s", operation, status).isInstanceOf(Map.class));
            }
        });
        assertThat(openApi.getMap("components.schemas.Batch.properties.items.items.properties")).containsKeys("idempotencyKey", "report");
        assertThat(openApi.getMap("components.schemas.ModelPage.properties")).containsKeys("items", "page", "size", "totalItems", "totalPages");
    }

    static Map<String, Object> item(String key, Map<String, Object> report) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("idempotencyKey", key);
        item.put("report", report);
        return item;
    }

    static void assertItem(JsonPath answer, int index, String outcome, int status) {
        assertThat(answer.getInt("items[" + index + "].index")).as("index of item %d", index).isEqualTo(index);
        assertThat(answer.getString("items[" + index + "].outcome")).as("outcome of item %d: %s", index,
                answer.getString("items[" + index + "].problem.detail")).isEqualTo(outcome);
        assertThat(answer.getInt("items[" + index + "].status")).as("status of item %d", index).isEqualTo(status);
        if (outcome.equals("REFUSED")) {
            assertThat(answer.getString("items[" + index + "].problem.title")).isNotBlank();
            assertThat(answer.getInt("items[" + index + "].problem.status")).isEqualTo(status);
            assertThat(answer.getString("items[" + index + "].report")).isNull();
        } else {
            assertThat(answer.getString("items[" + index + "].report.id")).isNotBlank();
        }
    }

    long count(String table) {
        return Fixtures.count(dataSource, table, "true");
    }

    long countWhere(String table, String condition) {
        return Fixtures.count(dataSource, table, condition);
    }
}
