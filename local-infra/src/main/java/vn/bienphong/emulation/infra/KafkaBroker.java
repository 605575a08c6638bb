package vn.bienphong.emulation.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft mode: one node that is both broker and controller.
 * The tests run it in-process; the local run starts it in a JVM of its own ({@link LocalInfra}).
 * It creates no topic by itself ({@code auto.create.topics.enable=false}): the services create
 * theirs with explicit settings when they start. It can be stopped and started again on the same
 * ports and data (a broker outage, as the tests rehearse it).
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public KafkaBroker(Path dataDirectory, int port, int controllerPort) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        try {
            Files.createDirectories(dataDirectory);
            Properties props = brokerProperties();
            formatStorageOnce(props);
            server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
            server.startup();
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("Kafka broker could not start in " + dataDirectory, e);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker; {@link #start()} brings it back with the same ports and data. */
    public void stop() {
        close();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDirectory.resolve("logs").toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "false");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /** KRaft storage is formatted once; a data directory that holds meta.properties is reused as it is. */
    private void formatStorageOnce(Properties props) throws IOException {
        Path logs = dataDirectory.resolve("logs");
        if (Files.exists(logs.resolve("meta.properties"))) {
            return;
        }
        Path config = dataDirectory.resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(writer, "written by KafkaBroker for storage formatting");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode = StorageTool.execute(
                new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exitCode != 0) {
            throw new IllegalStateException("Kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }
}
