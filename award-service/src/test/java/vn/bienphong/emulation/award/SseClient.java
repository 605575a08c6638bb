package vn.bienphong.emulation.award;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client of the live stream that reads whole Server-Sent Events (id, event name, data) and
 * comments, as a browser's EventSource would, with the headers it is given.
 */
public final class SseClient implements AutoCloseable {

    /** One event: its id (null when none), its name ("message" by default) and its data. */
    public record Event(String id, String name, String data) {
        public long seq() {
            return Long.parseLong(id);
        }
    }

    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<java.io.InputStream>> response;
    private volatile java.io.InputStream body;
    private final List<String> comments = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> otherFields = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile int status;

    public SseClient(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            HttpResponse<java.io.InputStream> r = response.get(30, TimeUnit.SECONDS);
            status = r.statusCode();
            body = r.body();
            java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(body, java.nio.charset.StandardCharsets.UTF_8));
            String[] id = {null};
            String[] name = {null};
            StringBuilder data = new StringBuilder();
            lines.lines().forEach(line -> {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        received.add(new Event(id[0], name[0] == null ? "message" : name[0], data.toString()));
                    }
                    id[0] = null;
                    name[0] = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("id:")) {
                    id[0] = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
                } else if (status != 200) {
                    data.append(line);
                } else if (!line.startsWith("retry:")) {
                    otherFields.add(line);
                }
            });
            if (status != 200) {
                received.add("refused:" + status + ":" + data);
            }
            received.add("ended");
        } catch (Exception e) {
            received.add("error:" + e);
        }
    }

    /** The next event that matches, waiting at most {@code wait}; null when none came. Fails when the stream was refused or cut. */
    public Event next(Predicate<Event> wanted, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Object item;
        while ((item = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            if (item instanceof Event e) {
                if (wanted.test(e)) {
                    return e;
                }
            } else {
                throw new AssertionError("the stream ended: " + item);
            }
        }
        return null;
    }

    /** The events that come within {@code wait}, up to {@code count} of them. */
    public List<Event> take(int count, Predicate<Event> wanted, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        List<Event> events = new ArrayList<>();
        while (events.size() < count) {
            Event e = next(wanted, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (e == null) {
                break;
            }
            events.add(e);
        }
        return events;
    }

    /** Waits until the response's status is known; returns it. */
    public int status(Duration wait) throws Exception {
        return response.get(wait.toMillis(), TimeUnit.MILLISECONDS).statusCode();
    }

    /** The whole body of a refused stream (a problem+json), waiting at most {@code wait}. */
    public String refusal(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Object item;
        while ((item = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            if (item instanceof String s && s.startsWith("refused:")) {
                return s;
            }
        }
        return null;
    }

    public List<String> comments() {
        return comments;
    }

    @Override
    public void close() {
        response.cancel(true);
        java.io.InputStream b = body;
        if (b != null) {
            try {
                b.close();
            } catch (java.io.IOException e) {
                // closed either way
            }
        }
    }

    /** Lines of a field the Server-Sent Events standard does not define (id, event, data, retry and comments are). */
    public List<String> otherFields() {
        return List.copyOf(otherFields);
    }
}
