package vn.bienphong.emulation.award;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import vn.bienphong.emulation.infra.testing.TestTokens;

/** A dashboard on the live stream: a real HTTP client reading the Server-Sent Events line by line. */
public final class SseListener implements AutoCloseable {

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile boolean ended;

    public SseListener(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", TestTokens.bearer(TestTokens.viewer()))
                .header("Accept", "text/event-stream")
                .build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                HttpResponse<Stream<String>> r = response.get(30, TimeUnit.SECONDS);
                lines.add("status:" + r.statusCode());
                r.body().forEach(lines::add);
                lines.add("ended:");
            } catch (Exception e) {
                lines.add("error:" + e);
            } finally {
                ended = true;
            }
        }, "sse-listener");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next data line that matches, waiting at most {@code wait}; null when none came. Fails if the stream ended or failed. */
    public String next(Predicate<String> data, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        String line;
        while ((line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            if (line.startsWith("error:") || line.startsWith("ended:")) {
                throw new AssertionError("the live stream was cut: " + line);
            }
            if (line.startsWith("status:") && !line.equals("status:200")) {
                throw new AssertionError("the live stream answered " + line);
            }
            if (line.startsWith("data:") && data.test(line)) {
                return line;
            }
        }
        return null;
    }

    public boolean isOpen() {
        return !ended;
    }

    @Override
    public void close() {
        response.cancel(true);
    }
}
