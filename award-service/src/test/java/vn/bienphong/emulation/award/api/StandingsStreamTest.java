package vn.bienphong.emulation.award.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.bienphong.emulation.award.Fixtures.figures;
import static vn.bienphong.emulation.award.Fixtures.report;
import static vn.bienphong.emulation.award.Fixtures.reportEvent;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.award.SseClient;
import vn.bienphong.emulation.award.SseClient.Event;
import vn.bienphong.emulation.award.service.StandingsChangeCleanup;
import vn.bienphong.emulation.infra.testing.TestTokens;

/**
 * The live stream as dashboards and browsers use it, on the real broker and database: every change
 * on every instance (a change written by "another instance" is a row and a NOTIFY from a connection
 * of its own), in seq order without a gap or a repeat across reconnects, heartbeats, tickets, CORS.
 */
@QuarkusTest
class StandingsStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestHTTPResource("/api/v1/standings/stream")
    URL stream;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String dbUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;
    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    @Inject
    StandingsChangeCleanup cleanup;

    private static Map<String, String> bearer() {
        return Map.of("Authorization", TestTokens.bearer(TestTokens.viewer()));
    }

    private SseClient open(String query, Map<String, String> headers) throws Exception {
        SseClient client = new SseClient(stream + query, headers);
        assertThat(client.status(WAIT)).isEqualTo(200);
        Thread.sleep(300); // joined the reader before the changes are written
        return client;
    }

    @Test
    void shouldPushAStandingsChangeToAnSseClientAfterItIsStoredWithItsSeqAsTheEventId() throws Exception {
        int cluster = 51;
        try (SseClient client = open("?cluster=" + cluster + "&year=2025", bearer())) {
            Fixtures.send(cluster, reportEvent(UUID.randomUUID(),
                    report(UUID.randomUUID(), 1, "LS", cluster, 2025, figures("borderPatrols", 10), null)));
            Event e = client.next(ev -> ev.data().contains("\"clusterNumber\":" + cluster), Duration.ofSeconds(30));
            assertThat(e).isNotNull();
            assertThat(e.data()).contains("\"unitCode\":\"LS\"").contains("\"rank\":1");
            assertThat(e.seq()).isPositive();
            assertThat(e.name()).isEqualTo("message");
            assertThat(e.data()).as("the data is the JSON object itself").startsWith("{").endsWith("}");
            assertThat(client.otherFields()).as("only the fields of the SSE standard").isEmpty();
        }
    }

    @Test
    void shouldDeliverAChangeWrittenByAnotherInstanceToEveryClient() throws Exception {
        int cluster = 52;
        try (SseClient first = open("?cluster=" + cluster, bearer()); SseClient second = open("?year=2025", bearer())) {
            long seq = writeAsAnotherInstance(cluster, 2025, "other instance");
            for (SseClient client : List.of(first, second)) {
                Event e = client.next(ev -> ev.seq() == seq, WAIT);
                assertThat(e).as("a change written elsewhere reaches every client").isNotNull();
                assertThat(e.data()).contains("\"cause\":\"other instance\"").contains("\"clusterNumber\":" + cluster);
            }
        }
    }

    @Test
    void shouldGiveTwoClientsEveryChangeOnceInSeqOrder() throws Exception {
        int cluster = 53;
        try (SseClient first = open("?cluster=" + cluster + "&year=2025", bearer());
             SseClient second = open("?cluster=" + cluster + "&year=2025", bearer())) {
            List<Long> written = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                written.add(writeAsAnotherInstance(cluster, 2025, "change " + i));
                writeAsAnotherInstance(cluster + 100, 2025, "another cluster " + i); // filtered out
            }
            for (SseClient client : List.of(first, second)) {
                List<Long> seen = client.take(6, ev -> true, WAIT).stream().map(Event::seq).toList();
                assertThat(seen).containsExactlyElementsOf(written);
                assertThat(client.next(ev -> true, Duration.ofMillis(1500))).as("nothing more, nothing twice").isNull();
            }
        }
    }

    @Test
    void shouldNeverPassALowerSeqWhoseTransactionCommitsLater() throws Exception {
        int cluster = 54;
        try (SseClient client = open("?cluster=" + cluster, bearer());
             Connection slow = connect(); Connection quick = connect()) {
            slow.setAutoCommit(false);
            long lower = append(slow, cluster, 2025, "slow");      // lower seq, still open
            long higher = writeAsAnotherInstance(cluster, 2025, "quick"); // higher seq, committed at once
            assertThat(higher).isGreaterThan(lower);
            assertThat(client.next(ev -> true, Duration.ofMillis(1500))).as("held back while a lower seq may still commit").isNull();
            slow.commit();
            List<Long> seen = client.take(2, ev -> true, WAIT).stream().map(Event::seq).toList();
            assertThat(seen).containsExactly(lower, higher);
        }
    }

    @Test
    void shouldResumeAfterLastEventIdWithoutAGapOrARepeat() throws Exception {
        int cluster = 55;
        long lastSeen;
        try (SseClient client = open("?cluster=" + cluster, bearer())) {
            writeAsAnotherInstance(cluster, 2025, "before 1");
            long second = writeAsAnotherInstance(cluster, 2025, "before 2");
            List<Event> seen = client.take(2, ev -> true, WAIT);
            assertThat(seen).extracting(Event::seq).endsWith(second);
            lastSeen = second;
        }
        List<Long> missed = List.of(writeAsAnotherInstance(cluster, 2025, "while away 1"),
                writeAsAnotherInstance(cluster, 2025, "while away 2"), writeAsAnotherInstance(cluster, 2025, "while away 3"));

        Map<String, String> headers = new java.util.HashMap<>(bearer());
        headers.put("Last-Event-ID", Long.toString(lastSeen));
        try (SseClient header = open("?cluster=" + cluster, headers);
             SseClient query = open("?cluster=" + cluster + "&lastEventId=" + lastSeen + "&ticket=" + ticket(), Map.of())) {
            long after = writeAsAnotherInstance(cluster, 2025, "after");
            for (SseClient client : List.of(header, query)) {
                List<Long> seen = client.take(4, ev -> true, WAIT).stream().map(Event::seq).toList();
                assertThat(seen).containsExactly(missed.get(0), missed.get(1), missed.get(2), after);
                assertThat(client.next(ev -> true, Duration.ofMillis(1000))).isNull();
            }
        }
    }

    @Test
    void shouldSayResetWhenTheChangesToResumeFromAreNoLongerKept() throws Exception {
        int cluster = 59;
        long gone = writeAsAnotherInstance(cluster, 2025, "cleaned up");
        long kept = writeAsAnotherInstance(cluster, 2025, "kept");
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("DELETE FROM standings_change WHERE seq <= ?")) {
            s.setLong(1, gone); // as the clean-up does once they are older than the retention
            s.executeUpdate();
        }
        Map<String, String> headers = new java.util.HashMap<>(bearer());
        headers.put("Last-Event-ID", Long.toString(gone - 1));
        try (SseClient client = open("?cluster=" + cluster, headers)) {
            List<Event> events = client.take(2, ev -> true, WAIT);
            assertThat(events).extracting(Event::name).containsExactly("reset", "message");
            assertThat(events.get(0).data()).contains("\"resumedAfter\":" + (gone - 1));
            assertThat(events.get(1).seq()).isEqualTo(kept);
        }
    }

    @Test
    void shouldRefuseALastEventIdThatNoChangeHad() {
        given().header("Authorization", TestTokens.bearer(TestTokens.viewer())).header("Last-Event-ID", "yesterday")
                .get("/api/v1/standings/stream").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("Last-Event-ID"));
        given().header("Authorization", TestTokens.bearer(TestTokens.viewer())).queryParam("lastEventId", Long.MAX_VALUE / 2)
                .get("/api/v1/standings/stream").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldSendHeartbeatCommentsOnAnIdleStream() throws Exception {
        try (SseClient client = open("?cluster=9999", bearer())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (client.comments().stream().noneMatch("heartbeat"::equals) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(client.comments()).contains("heartbeat");
        }
    }

    @Test
    void shouldOpenTheStreamWithATicketFromABearerTokenAndNothingElse() throws Exception {
        int cluster = 56;
        String ticket = ticket();
        try (SseClient browser = open("?cluster=" + cluster + "&ticket=" + ticket, Map.of())) {
            long seq = writeAsAnotherInstance(cluster, 2025, "seen by a browser");
            assertThat(browser.next(ev -> ev.seq() == seq, WAIT)).isNotNull();
        }
        // the ticket is for the stream only: as a bearer token or a parameter elsewhere it is refused
        given().header("Authorization", "Bearer " + ticket).get("/api/v1/standings/{c}/{y}", cluster, 2025)
                .then().statusCode(401).contentType("application/problem+json");
        given().queryParam("ticket", ticket).get("/api/v1/standings/{c}/{y}", cluster, 2025)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + ticket).post("/api/v1/standings/stream-tickets")
                .then().statusCode(401).contentType("application/problem+json");
        // a bearer token in the URL is not a ticket, and no credential is none
        given().queryParam("ticket", TestTokens.viewer()).get("/api/v1/standings/stream")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("not one this service issued"));
        given().queryParam("access_token", TestTokens.viewer()).get("/api/v1/standings/stream")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/standings/stream").then().statusCode(401).contentType("application/problem+json");
        given().post("/api/v1/standings/stream-tickets").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnExpiredTicket() throws Exception {
        String ticket = given().auth().oauth2(TestTokens.token("expiring-browser", "viewer", null))
                .post("/api/v1/standings/stream-tickets").then().statusCode(200).extract().jsonPath().getString("ticket");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE stream_ticket SET expires_at = now() - interval '1 second' WHERE subject = 'expiring-browser'")).isPositive();
        }
        given().queryParam("ticket", ticket).get("/api/v1/standings/stream")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("expired"));
    }

    @Test
    void shouldIssueTicketsThatLiveNoLongerThanConfigured() {
        var answer = given().auth().oauth2(TestTokens.viewer()).post("/api/v1/standings/stream-tickets")
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("ticket")).startsWith("st_").hasSizeGreaterThan(40);
        assertThat(answer.getString("stream")).isEqualTo("/api/v1/standings/stream?ticket=" + answer.getString("ticket"));
        OffsetDateTime expires = OffsetDateTime.parse(answer.getString("expiresAt"));
        assertThat(expires).isBetween(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(50), OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(61));
    }

    @Test
    void shouldAnswerACorsPreflightFromAnAllowedOriginOnly() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/standings/stream-tickets")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"))
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("authorization"));
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "last-event-id")
                .options("/api/v1/standings/stream")
                .then().statusCode(200)
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("last-event-id"));
        given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/standings/stream-tickets")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldCleanOldChangesOnceAcrossInstances() throws Exception {
        long old = writeAsAnotherInstance(57, 2025, "old");
        long recent = writeAsAnotherInstance(57, 2025, "recent");
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE standings_change SET changed_at = now() - interval '400 days' WHERE seq = ?")) {
            s.setLong(1, old);
            s.executeUpdate();
        }
        OffsetDateTime hour = OffsetDateTime.now(ZoneOffset.UTC).minusDays(300); // an hour no other run claimed; keeps the last 300 days
        assertThat(cleanup.run(hour)).isGreaterThanOrEqualTo(1);
        assertThat(cleanup.run(hour)).as("the same hour again: skipped").isEqualTo(-1);
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq FROM standings_change WHERE seq IN (" + old + ", " + recent + ")")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(recent);
            assertThat(rs.next()).isFalse();
        }
    }

    private String ticket() {
        return given().auth().oauth2(TestTokens.viewer()).post("/api/v1/standings/stream-tickets")
                .then().statusCode(200).extract().jsonPath().getString("ticket");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** What another instance's transaction does when it moves standings: a logged change and a NOTIFY, committed. */
    private long writeAsAnotherInstance(int cluster, int year, String cause) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long seq = append(c, cluster, year, cause);
            c.commit();
            return seq;
        }
    }

    private static long append(Connection c, int cluster, int year, String cause) throws SQLException {
        String payload = "{\"clusterNumber\":" + cluster + ",\"year\":" + year + ",\"entries\":[{\"rank\":1,\"unitCode\":\"LS\",\"score\":1.00}],"
                + "\"cause\":\"" + cause + "\",\"causeEventId\":null,\"calculatedAt\":\"2025-12-20T08:00:00Z\"}";
        try (PreparedStatement s = c.prepareStatement("""
                WITH tx AS MATERIALIZED (SELECT pg_current_xact_id()::text::bigint AS id),
                ins AS (INSERT INTO standings_change (seq, writer_xid, cluster_number, year, payload)
                        SELECT nextval('standings_change_seq'), tx.id, ?, ?, ? FROM tx RETURNING seq),
                woken AS (SELECT pg_notify('standings_change', '') AS done)
                SELECT ins.seq FROM ins, woken""")) {
            s.setInt(1, cluster);
            s.setInt(2, year);
            s.setString(3, payload);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
