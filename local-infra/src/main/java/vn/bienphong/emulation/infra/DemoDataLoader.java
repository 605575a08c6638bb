package vn.bienphong.emulation.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the demo data (units, clusters, years, handovers from the seeds' facts) into a running
 * cluster-service through its public API, as the council would. Safe to run again: what exists
 * already (409) is left as it is.
 *
 * <pre>java DemoDataLoader --data demo-data/cluster-service.json --cluster-url http://localhost:8081 --token-file .local/tokens/council.jwt [--wait url,url]</pre>
 */
public final class DemoDataLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;
    private int created;
    private int existing;

    DemoDataLoader(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (options.containsKey("wait")) {
            for (String url : options.get("wait").split(",")) {
                waitUntilReady(url, Duration.ofSeconds(Long.parseLong(options.getOrDefault("wait-seconds", "120"))));
            }
        }
        if (!options.containsKey("data")) {
            return;
        }
        String token = Files.readString(Path.of(options.getOrDefault("token-file", ".local/tokens/council.jwt"))).strip();
        DemoDataLoader loader = new DemoDataLoader(options.getOrDefault("cluster-url", "http://localhost:8081"), token);
        loader.load(JSON.readTree(Files.readString(Path.of(options.get("data")), StandardCharsets.UTF_8)));
        System.out.printf("[demo-data] %d created, %d already there%n", loader.created, loader.existing);
    }

    void load(JsonNode data) throws IOException, InterruptedException {
        for (JsonNode unit : data.path("units")) {
            send("POST", "/api/v1/units", unit);
        }
        for (JsonNode cluster : data.path("clusters")) {
            int number = cluster.path("number").asInt();
            ObjectNode clusterBody = JSON.createObjectNode().put("number", number).put("name", cluster.path("name").asText());
            send("POST", "/api/v1/clusters", clusterBody);
            for (JsonNode year : cluster.path("years")) {
                ObjectNode setup = JSON.createObjectNode();
                setup.set("theme", year.path("theme").isMissingNode() ? null : year.get("theme"));
                setup.set("members", year.get("members"));
                setup.set("chairUnitCode", year.get("chairUnitCode"));
                int y = year.path("year").asInt();
                if (exists("/api/v1/clusters/" + number + "/years/" + y)) {
                    existing++;
                    continue;
                }
                send("PUT", "/api/v1/clusters/" + number + "/years/" + y, setup);
                if (year.has("handover")) {
                    ObjectNode handover = ((ObjectNode) year.get("handover").deepCopy()).put("fromYear", y);
                    send("POST", "/api/v1/clusters/" + number + "/handovers", handover);
                }
            }
        }
    }

    private boolean exists(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private void send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        boolean alreadyThere = status == 409 || status == 422 && response.body().contains("handed over already");
        if (status == 200 || status == 201) {
            created++;
        } else if (alreadyThere) {
            existing++;
        } else {
            throw new IllegalStateException(method + " " + path + " answered " + status + ": " + response.body());
        }
    }

    static void waitUntilReady(String url, Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " was not ready within " + patience.toSeconds() + " s");
    }
}
