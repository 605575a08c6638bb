package vn.bienphong.emulation.award.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bienphong.emulation.award.Fixtures.figures;
import static vn.bienphong.emulation.award.Fixtures.report;
import static vn.bienphong.emulation.award.Fixtures.reportEvent;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** The live stream, read as a dashboard would: a real HTTP client on the Server-Sent Events endpoint. */
@QuarkusTest
class StandingsStreamTest {

    @TestHTTPResource("/api/v1/standings/stream")
    URL stream;

    @Test
    void shouldPushAStandingsChangeToAnSseClientAfterItIsStored() throws Exception {
        int cluster = 51;
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?cluster=" + cluster + "&year=2025"))
                .header("Authorization", TestTokens.bearer(TestTokens.viewer()))
                .header("Accept", "text/event-stream")
                .build();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                HttpResponse<Stream<String>> r = response.get(30, TimeUnit.SECONDS);
                lines.add("status:" + r.statusCode());
                r.body().forEach(lines::add);
            } catch (Exception e) {
                lines.add("error:" + e);
            }
        });
        reader.setDaemon(true);
        reader.start();

        String data = null;
        for (int attempt = 0; attempt < 6 && data == null; attempt++) {
            Fixtures.send(cluster, reportEvent(UUID.randomUUID(),
                    report(UUID.randomUUID(), 1, "LS", cluster, 2025, figures("borderPatrols", 10 + attempt), null)));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            String line;
            while (data == null && (line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
                assertThat(line).doesNotStartWith("error:");
                if (line.startsWith("status:")) {
                    assertThat(line).isEqualTo("status:200");
                } else if (line.startsWith("data:")) {
                    data = line;
                }
            }
        }
        assertThat(data).isNotNull().contains("\"clusterNumber\":" + cluster).contains("\"unitCode\":\"LS\"").contains("\"rank\":1");
        response.cancel(true);
    }
}
