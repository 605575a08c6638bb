package vn.bienphong.emulation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each packaged service in the {@code prod} profile (no profile chosen, as its container image runs it), given
 * exactly the environment docker-compose.yml gives a replica, its host names swapped for this machine's broker,
 * database server and key: it starts, answers as the system's own instance does and logs JSON lines. Without
 * the database URL, the broker's address or the key's location it does not start, and its log names the setting;
 * without the database login the server refuses it.
 */
@ExtendWith(SystemExtension.class)
class ProdProfileEndToEndTest {

    private static final Duration READY = Duration.ofSeconds(300);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static int incomplete;

    private final LocalSystem system = LocalSystem.shared();

    @ParameterizedTest(name = "{0} with the environment of {1}")
    @CsvSource({
            "cluster-service, cluster-service-2, /api/v1/units",
            "report-service, report-service-2, /api/v1/metrics",
            "award-service, award-service-2, /api/v1/awards"})
    void shouldServeInTheProdProfileWithWhatComposeGivesAReplica(String module, String replica, String list) throws IOException {
        ServiceProcess prod = system.extraInstance(module, module + "-prod", composeEnvironment(module, replica));
        try {
            prod.start().awaitReady(READY);
            ServiceProcess own = instanceOf(module);
            if (module.equals("cluster-service")) {
                new Steps(system).registerUnit("E2E-PROD-001", "Đơn vị thử cấu hình prod", "OTHER");
            }
            String expected = Api.as(own, system.viewer()).get(list).then().statusCode(200).extract().asString();
            String answered = Api.as(prod, system.viewer()).get(list).then().statusCode(200).extract().asString();
            assertThat(JSON.readTree(answered)).as(list + " on the prod instance").isEqualTo(JSON.readTree(expected));
            assertThat(JSON.readTree(answered).path("totalItems").asInt()).isPositive();
            Api.as(prod, "not-a-token").get(list).then().statusCode(401);
        } finally {
            prod.stop();
        }
        List<JsonNode> lines = jsonLines(prod);
        assertThat(lines).as("the prod profile logs JSON lines").isNotEmpty();
        assertThat(lines).anySatisfy(line -> assertThat(line.path("message").asText()).contains("started in"));
        assertThat(lines).allSatisfy(line -> assertThat(line.has("level") && line.has("timestamp")).isTrue());
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({
            "CLUSTER_DB_URL, quarkus.datasource.jdbc.url",
            "KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrap.servers",
            "JWT_PUBLIC_KEY_LOCATION, mp.jwt.verify.publickey.location",
            // the login is optional to the driver: the server refuses the start (one that trusts the host needs no password)
            "DB_USER, Unable to obtain connection from database"})
    void shouldNotStartWithoutAVariableTheProdProfileNeedsAndSayWhatIsMissing(String variable, String said) throws IOException {
        Map<String, String> environment = composeEnvironment("cluster-service", "cluster-service-1");
        environment.remove(variable);
        ServiceProcess prod = system.extraInstance("cluster-service", "cluster-service-incomplete-" + (++incomplete), environment);
        prod.start();
        try {
            OptionalInt exit = prod.exitCode(Duration.ofSeconds(180));
            assertThat(exit).as("it ends by itself").isPresent();
            assertThat(exit.getAsInt()).as("with a failure's exit code").isNotZero();
        } finally {
            prod.kill();
        }
        String log = Files.readAllLines(prod.log(), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("=== starting")).collect(Collectors.joining("\n"));
        assertThat(log).as("what the service says without " + variable).contains(said);
    }

    /** What Compose gives the replica, with the compose network's addresses replaced by this system's. */
    private Map<String, String> composeEnvironment(String module, String replica) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>(ComposeFile.environmentOf(replica));
        Map<String, String> here = system.infrastructure(module);
        assertThat(environment).as("compose sets what the prod profile needs").containsKeys(here.keySet().toArray(String[]::new));
        environment.putAll(here);
        // no collector runs here: the exporter's endpoint is left at its default
        environment.remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        assertThat(environment.keySet()).containsAll(ComposeFile.variablesWithoutDefault(module));
        return environment;
    }

    private ServiceProcess instanceOf(String module) {
        return switch (module) {
            case "cluster-service" -> system.cluster();
            case "report-service" -> system.reports().get(0);
            default -> system.awards().get(0);
        };
    }

    /** The lines of this run's log that are JSON objects (the JVM may print a plain line or two of its own). */
    private static List<JsonNode> jsonLines(ServiceProcess instance) throws IOException {
        return Files.readAllLines(instance.log(), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("{"))
                .map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new AssertionError("a log line that is not JSON: " + line, e);
                    }
                }).toList();
    }
}
