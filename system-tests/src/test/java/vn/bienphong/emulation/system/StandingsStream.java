package vn.bienphong.emulation.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A dashboard's connection to one award-service instance's {@code GET /api/v1/standings/stream}: reads
 * whole Server-Sent Events (id, name, data) as an EventSource would and keeps every one it received,
 * with the time it arrived (for the benchmark's latency).
 */
public final class StandingsStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event: the change's seq (the SSE id), its name, its data, and when it arrived (System.nanoTime). */
    public record Event(long seq, String name, JsonNode data, long arrivedNanos) {
        public int clusterNumber() {
            return data.path("clusterNumber").asInt();
        }

        public String cause() {
            return data.path("cause").asText();
        }

        /** The score of a unit in this change's standings, or null when it is not ranked. */
        public java.math.BigDecimal scoreOf(String unitCode) {
            for (JsonNode e : data.path("standings")) {
                if (unitCode.equals(e.path("unitCode").asText())) {
                    return e.path("score").decimalValue();
                }
            }
            return null;
        }
    }

    private final String url;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<InputStream>> response;
    private volatile InputStream body;
    private volatile String ended;

    public StandingsStream(String baseUrl, String query, String token) {
        this.url = baseUrl + "/api/v1/standings/stream" + query;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(this::read, "sse " + url);
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits until the stream answered 200 and sent its first heartbeat or event, so that it is listening. */
    public StandingsStream awaitOpen(Duration patience) throws Exception {
        HttpResponse<InputStream> r = response.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        if (r.statusCode() != 200) {
            throw new AssertionError(url + " answered " + r.statusCode());
        }
        return this;
    }

    private void read() {
        try {
            HttpResponse<InputStream> r = response.get(60, TimeUnit.SECONDS);
            body = r.body();
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id == null ? -1 : Long.parseLong(id), name == null ? "message" : name,
                                JSON.readTree(data.toString()), System.nanoTime()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
                }
            }
            ended = "the stream ended";
        } catch (Exception e) {
            ended = e.toString();
        }
    }

    /** Every event received so far, in the order received. */
    public List<Event> events() {
        return new ArrayList<>(events);
    }

    public List<Event> events(Predicate<Event> wanted) {
        return events.stream().filter(wanted).toList();
    }

    /** The first event received that matches, waiting at most {@code patience}; fails when none came. */
    public Event await(Predicate<Event> wanted, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            for (Event e : events) {
                if (wanted.test(e)) {
                    return e;
                }
            }
            if (ended != null) {
                throw new AssertionError(url + ": " + ended + " before the awaited change came");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(url + ": no matching change within " + patience.toSeconds() + " s; received "
                + events.stream().map(e -> e.seq() + ":" + e.cause()).toList());
    }

    public String endedBecause() {
        return ended;
    }

    @Override
    public void close() {
        response.cancel(true);
        InputStream b = body;
        if (b != null) {
            try {
                b.close();
            } catch (IOException e) {
                // closed either way
            }
        }
    }
}
