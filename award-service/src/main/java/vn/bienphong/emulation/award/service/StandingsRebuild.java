package vn.bienphong.emulation.award.service;

import java.net.InetAddress;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.bienphong.emulation.award.events.ReportEventsListener;
import vn.bienphong.emulation.award.persistence.RebuildJobStore;
import vn.bienphong.emulation.award.persistence.RebuildTables;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.inbox.Failures;
import vn.bienphong.emulation.common.jobs.DedicatedConnections;
import vn.bienphong.emulation.common.problem.ProblemException;

/**
 * Rebuilds every standing from {@code report-events} as a background job, one at a time across all
 * instances (the job holds the session-level advisory lock {@code standings-rebuild}; a request
 * while it is held is refused with 409). The job:
 * <ol>
 *   <li>makes the rebuild's own tables afresh ({@link RebuildTables}) and replays the topic from its
 *   start to its end at that moment into them, through the same report applier as the live consumer,
 *   without rescoring; the live tables, the live consumer and readers are untouched meanwhile;</li>
 *   <li>in one transaction: locks the live tables against writers (readers still see the old
 *   standings), replays what arrived since, copies the rebuilt reports, totals and applied events
 *   over the live ones, and rescores every cluster and year that has a roster, totals, adjustments
 *   or standings, each publishing one {@code standings-updated} and telling the live streams.</li>
 * </ol>
 * A failure at any point leaves the live standings as they were; the job is then FAILED with the
 * reason. Council adjustments, schemes and rosters are not replayed and stay as they are.
 */
@ApplicationScoped
public class StandingsRebuild {

    private static final Logger LOG = Logger.getLogger(StandingsRebuild.class);
    static final String LOCK = "standings-rebuild";

    /** {@code award.rebuild.*}. */
    @ConfigMapping(prefix = "award.rebuild")
    public interface RebuildConfig {

        /** How long the final swap waits for the live tables' writers before the rebuild fails (and leaves the live standings). */
        @WithDefault("30s")
        Duration lockTimeout();

        /** The longest the final transaction (catch-up, copy, rescoring) may take. */
        @WithDefault("10m")
        Duration swapTimeout();

        /** Records read from the topic per transaction of the replay. */
        @WithDefault("500")
        int batchSize();
    }

    /** A rebuild job and how far it got. */
    public record Job(UUID id, String state, String requestedBy, OffsetDateTime requestedAt, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt, long eventsRead, long eventsApplied, long eventsSkipped,
                      long eventsUnprocessable, int clustersRebuilt, String error) {
    }

    private final RebuildJobStore jobs;
    private final RebuildTables tables;
    private final ReportApplier reports;
    private final ReportEventsListener listener;
    private final StandingsCalculator standings;
    private final DedicatedConnections connections;
    private final RebuildConfig config;
    private final String bootstrapServers;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "standings-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong running = new AtomicLong();
    private final AtomicLong eventsRead = new AtomicLong();
    private final AtomicLong clustersRebuilt = new AtomicLong();

    public StandingsRebuild(RebuildJobStore jobs, RebuildTables tables, ReportApplier reports, ReportEventsListener listener,
                            StandingsCalculator standings, DedicatedConnections connections, RebuildConfig config,
                            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.jobs = jobs;
        this.tables = tables;
        this.reports = reports;
        this.listener = listener;
        this.standings = standings;
        this.connections = connections;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    /** The rebuild's meters exist from the start, before any rebuild was asked for. */
    void registerMeters(@Observes StartupEvent event, MeterRegistry meters) {
        Gauge.builder("emulation.rebuild.running", running, AtomicLong::get)
                .description("1 while this instance rebuilds the standings").register(meters);
        Gauge.builder("emulation.rebuild.events.read", eventsRead, AtomicLong::get)
                .description("report events read by the running (or last) rebuild of this instance").register(meters);
        Gauge.builder("emulation.rebuild.clusters.rebuilt", clustersRebuilt, AtomicLong::get)
                .description("clusters and years rescored by the last rebuild of this instance").register(meters);
    }

    /** Starts a rebuild in the background; refused with 409 while one runs on any instance. */
    public Job start(String requestedBy) {
        DedicatedConnections.SessionLock lock;
        UUID id = UUID.randomUUID();
        try {
            Optional<DedicatedConnections.SessionLock> held = connections.tryLock(LOCK);
            if (held.isEmpty()) {
                throw ProblemException.conflict("a standings rebuild is running already"
                        + runningJob().map(r -> " (job " + r + ")").orElse("") + "; one runs at a time");
            }
            lock = held.get();
            jobs.start(lock.connection(), id, requestedBy, instance());
        } catch (SQLException e) {
            throw new IllegalStateException("the rebuild could not be started: " + e.getMessage(), e);
        }
        running.set(1);
        eventsRead.set(0);
        clustersRebuilt.set(0);
        worker.execute(() -> run(id, lock));
        return find(id).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Job> find(UUID id) {
        return jobs.find(id).map(StandingsRebuild::job);
    }

    /** The latest jobs first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Job> latest(int page, int size) {
        return jobs.latest(page * size, size).stream().map(StandingsRebuild::job).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return jobs.count();
    }

    private Optional<UUID> runningJob() {
        try (var session = connections.open("standings-rebuild-query")) {
            return jobs.running(session);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private void run(UUID id, DedicatedConnections.SessionLock lock) {
        Counts counts = new Counts();
        int rebuilt = 0;
        String error = null;
        try (lock; KafkaConsumer<String, String> consumer = newConsumer(id)) {
            LOG.infof("standings rebuild %s: replaying %s into the rebuild's tables", id, Topics.REPORT_EVENTS);
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            QuarkusTransaction.requiringNew().run(tables::recreate);
            replay(consumer, consumer.endOffsets(partitions), counts, id, lock, false);
            String cause = "rebuild " + id;
            rebuilt = QuarkusTransaction.requiringNew().timeout((int) config.swapTimeout().toSeconds()).call(() -> {
                tables.lockLive(config.lockTimeout());
                replay(consumer, consumer.endOffsets(partitions), counts, id, lock, true);
                tables.copyOver(ReportEventsListener.CONSUMER);
                int n = 0;
                for (int[] clusterYear : tables.clusterYears()) {
                    standings.rescoreYearAndCampaigns(clusterYear[0], clusterYear[1], cause, null);
                    n++;
                }
                return n;
            });
            clustersRebuilt.set(rebuilt);
            LOG.infof("standings rebuild %s done: %d records read, %d applied, %d skipped, %d unprocessable; %d clusters and years rescored",
                    id, counts.read, counts.applied, counts.skipped, counts.unprocessable, rebuilt);
        } catch (RuntimeException e) {
            error = (lockTimedOut(e) ? "other writers held the standings' tables longer than award.rebuild.lock-timeout ("
                    + config.lockTimeout().toSeconds() + " s)" : Failures.describe(e)) + "; the standings stay as they were";
            LOG.errorf(e, "standings rebuild %s failed; the standings stay as they were", id);
        } finally {
            finish(id, counts, rebuilt, error);
        }
    }

    private void finish(UUID id, Counts counts, int rebuilt, String error) {
        try {
            QuarkusTransaction.requiringNew().run(tables::empty);
        } catch (RuntimeException e) {
            LOG.debugf("the rebuild's tables were not dropped: %s", e.getMessage());
        }
        try (var session = connections.open("standings-rebuild-finish")) {
            jobs.progress(session, id, counts.read, counts.applied, counts.skipped, counts.unprocessable);
            jobs.finish(session, id, error == null, rebuilt, error);
        } catch (SQLException e) {
            LOG.errorf("standings rebuild %s: its end could not be recorded: %s", id, e.getMessage());
        }
        running.set(0);
    }

    private static final class Counts {
        long read;
        long applied;
        long skipped;
        long unprocessable;
    }

    /**
     * Reads the topic up to the offsets given and applies what it reads into the rebuild's tables,
     * a poll per transaction (or all in the caller's transaction when {@code inCallerTransaction}).
     */
    private void replay(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, Counts counts, UUID id,
                        DedicatedConnections.SessionLock lock, boolean inCallerTransaction) {
        Map<TopicPartition, Long> remaining = new HashMap<>();
        end.forEach((tp, offset) -> {
            if (consumer.position(tp) < offset) {
                remaining.put(tp, offset);
            }
        });
        List<TopicPartition> done = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<ReportApplier.Filed> batch = new ArrayList<>();
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                Long stop = remaining.get(tp);
                if (stop == null || record.offset() >= stop) {
                    continue; // past the end of this replay: read again by the next one
                }
                counts.read++;
                try {
                    listener.read(record.value()).ifPresentOrElse(batch::add, () -> counts.skipped++);
                } catch (RuntimeException unreadable) {
                    counts.unprocessable++;
                }
            }
            for (TopicPartition tp : List.copyOf(remaining.keySet())) {
                if (consumer.position(tp) >= remaining.get(tp)) {
                    remaining.remove(tp);
                    consumer.pause(List.of(tp));
                    done.add(tp);
                }
            }
            applyIntoRebuildTables(batch, counts, inCallerTransaction);
            eventsRead.set(counts.read);
            if (!inCallerTransaction) {
                try {
                    jobs.progress(lock.connection(), id, counts.read, counts.applied, counts.skipped, counts.unprocessable);
                } catch (SQLException e) {
                    throw new IllegalStateException("the rebuild lost its database session: " + e.getMessage(), e);
                }
            }
        }
        consumer.resume(done);
        end.forEach((tp, offset) -> {
            if (consumer.position(tp) > offset) {
                consumer.seek(tp, offset);
            }
        });
    }

    private void applyIntoRebuildTables(List<ReportApplier.Filed> batch, Counts counts, boolean inCallerTransaction) {
        if (batch.isEmpty()) {
            return;
        }
        if (inCallerTransaction) {
            applyInRebuildTables(batch, counts);
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyInRebuildTables(batch, counts));
        } catch (RuntimeException batchFailure) {
            if (Failures.isTransient(batchFailure)) {
                throw batchFailure;
            }
            for (ReportApplier.Filed filed : batch) { // as live: only the culprit is left out
                try {
                    QuarkusTransaction.requiringNew().run(() -> applyInRebuildTables(List.of(filed), counts));
                } catch (RuntimeException e) {
                    if (Failures.isTransient(e)) {
                        throw e;
                    }
                    counts.unprocessable++;
                }
            }
        }
    }

    private void applyInRebuildTables(List<ReportApplier.Filed> batch, Counts counts) {
        tables.useRebuildTables();
        int changed = reports.applyAll(ReportEventsListener.CONSUMER, batch, false);
        tables.useLiveTables();
        counts.applied += changed;
        counts.skipped += batch.size() - changed;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(Topics.REPORT_EVENTS, Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("the topic " + Topics.REPORT_EVENTS + " does not exist on " + bootstrapServers);
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private KafkaConsumer<String, String> newConsumer(UUID id) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "award-service-rebuild-" + id);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batchSize());
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static boolean lockTimedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Job job(RebuildJobStore.Row r) {
        return new Job(r.id(), r.state(), r.requestedBy(), r.requestedAt(), r.startedAt(), r.finishedAt(), r.eventsRead(),
                r.eventsApplied(), r.eventsSkipped(), r.eventsUnprocessable(), r.clustersRebuilt(), r.error());
    }

    private static String instance() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (Exception e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
