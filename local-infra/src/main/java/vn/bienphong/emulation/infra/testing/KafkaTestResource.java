package vn.bienphong.emulation.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.bienphong.emulation.infra.FreePort;
import vn.bienphong.emulation.infra.KafkaBroker;

/**
 * One real Kafka broker (KRaft) per test JVM, shared by every test class; or the broker that
 * {@code KAFKA_BOOTSTRAP_SERVERS} names. It stops when the JVM exits, after the application.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static String bootstrapServers;
    private static KafkaBroker broker;

    /** The embedded broker of this test JVM, to stop and start it in an outage test; empty when the environment names a broker. */
    public static synchronized java.util.Optional<KafkaBroker> embeddedBroker() {
        bootstrapServers();
        return java.util.Optional.ofNullable(broker);
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            if (external != null && !external.isBlank()) {
                bootstrapServers = external;
            } else {
                try {
                    KafkaBroker started = new KafkaBroker(Files.createTempDirectory("kafka-test"),
                            FreePort.find(), FreePort.find()).start();
                    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "kafka-test-broker-stop"));
                    broker = started;
                    bootstrapServers = started.bootstrapServers();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return bootstrapServers;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker outlives the application so that the next test class finds it running
    }
}
