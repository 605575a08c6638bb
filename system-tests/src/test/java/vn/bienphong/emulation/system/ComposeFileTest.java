package vn.bienphong.emulation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bienphong.emulation.system.ComposeFile.environmentOf;
import static vn.bienphong.emulation.system.ComposeFile.httpPort;
import static vn.bienphong.emulation.system.ComposeFile.replicasOf;
import static vn.bienphong.emulation.system.ComposeFile.service;
import static vn.bienphong.emulation.system.ComposeFile.variablesWithoutDefault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml as Compose reads it (anchors and merge keys resolved): two replicas of each service,
 * each given every variable its {@code prod} profile needs (the {@code ${VAR}} references without a default
 * in its application.properties, unprofiled or {@code %prod.}), each with a readiness health check; a proxy
 * that publishes one address per API and routes it to both replicas. No Docker engine is needed.
 */
class ComposeFileTest {

    private static final Path ROOT = ComposeFile.ROOT;
    private static final Map<String, Object> SERVICES = ComposeFile.services();

    @ParameterizedTest
    @ValueSource(strings = {"cluster-service", "report-service", "award-service"})
    void shouldSetEveryVariableTheProdProfileNeedsForEachReplica(String module) throws IOException {
        Set<String> needed = variablesWithoutDefault(module);
        assertThat(needed).as("the prod profile of " + module + " needs its database, the broker and the token key")
                .contains(module.substring(0, module.indexOf('-')).toUpperCase() + "_DB_URL", "DB_USER", "DB_PASSWORD",
                        "KAFKA_BOOTSTRAP_SERVERS", "JWT_PUBLIC_KEY_LOCATION");
        for (String replica : replicasOf(module)) {
            Map<String, String> environment = environmentOf(replica);
            for (String variable : needed) {
                assertThat(environment.get(variable)).as(variable + " for " + replica).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cluster-service", "report-service", "award-service"})
    void shouldRunTwoReplicasOfEachServiceWithAReadinessHealthCheck(String module) throws IOException {
        List<String> replicas = replicasOf(module);
        assertThat(replicas).hasSize(2);
        int port = httpPort(module);
        for (String replica : replicas) {
            Map<String, Object> service = service(replica);
            assertThat(service).doesNotContainKey("ports"); // only the proxy is published
            Map<?, ?> healthcheck = (Map<?, ?>) service.get("healthcheck");
            assertThat(healthcheck).as(replica + " has a health check").isNotNull();
            assertThat(String.valueOf(healthcheck.get("test"))).contains("/q/health/ready").contains(Integer.toString(port));
            assertThat(((Map<?, ?>) service.get("depends_on")).keySet().stream().map(String::valueOf).toList()).contains("postgres", "kafka");
        }
    }

    @Test
    void shouldPublishOneAddressPerApiOnAProxyThatRoutesToEachReplica() throws IOException {
        Map.Entry<String, Map<String, Object>> proxy = SERVICES.entrySet().stream()
                .filter(e -> String.valueOf(service(e.getKey()).get("image")).startsWith("nginx:"))
                .map(e -> Map.entry(e.getKey(), service(e.getKey()))).findFirst()
                .orElseThrow(() -> new AssertionError("no reverse proxy (the official nginx image) in docker-compose.yml"));
        String mounted = ((List<?>) proxy.getValue().get("volumes")).stream().map(String::valueOf)
                .filter(v -> v.endsWith(":/etc/nginx/nginx.conf:ro")).findFirst().orElseThrow();
        Nginx config = Nginx.parse(Files.readString(ROOT.resolve(mounted.substring(0, mounted.indexOf(':'))), StandardCharsets.UTF_8));
        List<String> published = ((List<?>) proxy.getValue().get("ports")).stream().map(String::valueOf).toList();
        Map<?, ?> dependsOn = (Map<?, ?>) proxy.getValue().get("depends_on");

        for (String module : List.of("cluster-service", "report-service", "award-service")) {
            int port = httpPort(module);
            assertThat(published).as("one published address for " + module).contains(port + ":" + port);
            Nginx.Block server = config.serverListeningOn(port);
            assertThat(server).as("a server of the proxy listening on " + port).isNotNull();
            Set<String> upstreams = new TreeSet<>();
            server.collect("proxy_pass", args -> upstreams.add(args.get(0).replaceFirst("^http://", "")));
            assertThat(upstreams).as("every location of " + port + " goes to one upstream").hasSize(1);
            Nginx.Block upstream = config.upstream(upstreams.iterator().next());
            List<String> servers = new ArrayList<>();
            upstream.collect("server", args -> servers.add(args.get(0)));
            List<String> expected = replicasOf(module).stream().map(r -> r + ":" + port).toList();
            assertThat(servers).as("the upstream of " + module).containsExactlyInAnyOrderElementsOf(expected);
            for (String replica : replicasOf(module)) {
                assertThat(String.valueOf(dependsOn.get(replica))).as("the proxy waits for " + replica).contains("service_healthy");
            }
        }
        // the live stream passes through as it comes
        Nginx.Block award = config.serverListeningOn(httpPort("award-service"));
        List<String> buffering = new ArrayList<>();
        award.collect("proxy_buffering", args -> buffering.add(args.get(0)));
        assertThat(buffering).contains("off");
    }

    @Test
    void shouldLeaveTopicsToTheServicesAndCheckTheInfrastructuresHealth() {
        Map<String, Object> kafka = service("kafka");
        assertThat(String.valueOf(environmentOf("kafka").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))).isEqualTo("false");
        assertThat(kafka).containsKey("healthcheck");
        assertThat(service("postgres")).containsKey("healthcheck");
    }
}
