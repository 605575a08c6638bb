package vn.bienphong.emulation.common.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

/**
 * One relay of the outbox: a thread that sends unsent rows to Kafka when it is the service's elected
 * relay, and otherwise waits to take over.
 * <ul>
 *   <li><b>One relay per service</b>: it relays only while it holds the session-level advisory lock
 *   {@code outbox-relay} on a connection of its own; when that session ends (the instance stopped,
 *   crashed, or froze past {@code leader-lease}: PostgreSQL ends an idle session) another instance's
 *   relay takes the lock within {@code leader-check-interval}.</li>
 *   <li><b>Commit order</b>: a row's {@code seq} is taken when it is written, not when it commits, so
 *   a lower seq may still be in an open transaction while a higher one is visible. The relay sends
 *   rows only up to a horizon: it notes the highest unsent seq it sees, then the transactions open
 *   at that moment ({@code pg_current_snapshot()}), and sends up to that seq only once all of them
 *   have ended. Every row of one key therefore goes out in seq order, none jumped over.</li>
 *   <li><b>Each row at most once at a time</b>: a round's rows are handed to the producer once and
 *   the relay waits for the broker's answer to every one of them (the producer retries within its
 *   {@code delivery.timeout.ms}) before it reads the outbox again; only rows whose send failed are
 *   sent again, in order, after a backoff that doubles up to {@code backoff-max}. While the broker
 *   is away the relay probes with one row at a time.</li>
 *   <li><b>Quiet outages</b>: the start of an outage is logged once (events held back, the cause),
 *   and so is its end (how long, how many waited).</li>
 * </ul>
 * Delivery stays at least once: a broker that stored a row but whose answer was lost, or a relay
 * that stopped between the answer and marking the row sent, sends that row a second time.
 */
public final class RelayWorker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayWorker.class);
    private static final String LOCK = "SELECT pg_try_advisory_lock(hashtext('outbox-relay'))";
    private static final String SELECT_UNSENT = """
            SELECT seq, event_id, topic, event_key, event_type, payload, headers, attempts FROM outbox_event
            WHERE sent_at IS NULL AND seq <= ? ORDER BY seq LIMIT ?""";
    private static final String MARK_SENT = "UPDATE outbox_event SET sent_at = now(), last_error = NULL WHERE seq = ANY (?)";
    private static final String COUNT_FAILURE = "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE seq = ANY (?)";

    /** Opens a connection of the relay's own, not from the pool: the advisory lock lives as long as its session. */
    @FunctionalInterface
    public interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    private final String name;
    private final ConnectionFactory connections;
    private final OutboxSender sender;
    private final OutboxConfig config;
    private final Function<String, Map<String, String>> headerReader;
    private final MeterRegistry meters;
    private final Object signal = new Object();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;
    private boolean woken;

    private Connection connection;
    private volatile boolean leader;
    private long safeBound = -1;
    private long pendingBound = -1;
    private long pendingXmax = -1;

    private volatile Instant outageSince;
    private String outageCause;
    private long failedDuringOutage;
    private long backoffMillis;
    private boolean databaseTrouble;

    /** @param headerReader reads the JSON object of a row's extra headers */
    public RelayWorker(String name, ConnectionFactory connections, OutboxSender sender, OutboxConfig config,
                       Function<String, Map<String, String>> headerReader, MeterRegistry meters) {
        this.name = name;
        this.connections = connections;
        this.sender = sender;
        this.config = config;
        this.headerReader = headerReader;
        this.meters = meters;
    }

    public synchronized RelayWorker start() {
        if (running.getAndSet(true)) {
            return this;
        }
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Stops relaying and ends the lock's session, so that another relay takes over. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            if (!running.getAndSet(false)) {
                return;
            }
            t = thread;
        }
        wake();
        try {
            t.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A commit wrote to the outbox: look now rather than at the next poll. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    public boolean isLeader() {
        return leader;
    }

    public boolean inOutage() {
        return outageSince != null;
    }

    private void loop() {
        while (running.get()) {
            try {
                if (!holdLeadership()) {
                    pause(config.leaderCheckInterval(), false);
                    continue;
                }
                if (databaseTrouble) {
                    databaseTrouble = false;
                    LOG.infof("%s: the database answers again; relaying", name);
                }
                Round round = relayOnce();
                switch (round) {
                    case SENT_ALL -> { /* look again at once: there may be more */ }
                    case FAILED -> pause(Duration.ofMillis(backoffMillis), true);
                    case WAITING_FOR_HORIZON -> pause(Duration.ofMillis(20), true);
                    case NOTHING -> pause(config.pollInterval(), true);
                }
            } catch (SQLException | RuntimeException e) {
                if (!databaseTrouble) {
                    databaseTrouble = true;
                    LOG.warnf("%s: the database is unreachable or failed (%s); the outbox is relayed again once it answers",
                            name, describe(e));
                }
                stepDown();
                pause(config.leaderCheckInterval(), false);
            }
        }
        stepDown();
    }

    private enum Round { SENT_ALL, FAILED, WAITING_FOR_HORIZON, NOTHING }

    /** Takes or keeps the relay's lock; false when another instance holds it. */
    private boolean holdLeadership() throws SQLException {
        if (leader && connection != null) {
            return true;
        }
        if (connection == null) {
            connection = connections.open();
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                s.execute("SET idle_session_timeout = " + Math.max(1000, config.leaderLease().toMillis()));
            } catch (SQLException e) {
                LOG.debugf("%s: idle_session_timeout not set (%s)", name, e.getMessage());
            }
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(LOCK)) {
            rs.next();
            leader = rs.getBoolean(1);
        }
        if (leader) {
            safeBound = -1;
            pendingXmax = -1;
            LOG.infof("%s relays the outbox of this service", name);
        }
        return leader;
    }

    private void stepDown() {
        boolean was = leader;
        leader = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("%s: closing the relay connection: %s", name, e.getMessage());
            }
            connection = null;
        }
        if (was) {
            LOG.infof("%s no longer relays the outbox", name);
        }
    }

    private Round relayOnce() throws SQLException {
        long bound = horizon();
        if (bound == -2) {
            return Round.WAITING_FOR_HORIZON;
        }
        if (bound < 0) {
            return Round.NOTHING;
        }
        int limit = inOutage() ? 1 : config.batchSize();
        List<OutboxRow> rows = unsent(bound, limit);
        if (rows.isEmpty()) {
            safeBound = -1;
            return Round.SENT_ALL;
        }
        List<CompletableFuture<Void>> answers = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            CompletableFuture<Void> answer = sendOne(row);
            answers.add(answer);
            if (answer.isCompletedExceptionally()) {
                break; // refused at once (no metadata, the broker away): the rest of the round is not handed over
            }
        }
        rows = rows.subList(0, answers.size());
        Map<Long, Throwable> failures = awaitAnswers(rows, answers);
        List<Long> sent = new ArrayList<>();
        for (OutboxRow row : rows) {
            if (!failures.containsKey(row.seq())) {
                sent.add(row.seq());
                meters.counter("emulation.outbox.sent", "topic", row.topic()).increment();
            }
        }
        mark(MARK_SENT, null, sent);
        if (failures.isEmpty()) {
            if (inOutage()) {
                outageEnded();
            }
            backoffMillis = 0;
            return Round.SENT_ALL;
        }
        Throwable first = failures.values().iterator().next();
        String cause = describe(first);
        for (OutboxRow row : rows) {
            if (failures.containsKey(row.seq())) {
                meters.counter("emulation.outbox.failed", "topic", row.topic()).increment();
            }
        }
        mark(COUNT_FAILURE, cause, new ArrayList<>(failures.keySet()));
        failedDuringOutage += failures.size();
        if (!inOutage()) {
            outageStarted(cause);
        }
        backoffMillis = backoffMillis == 0 ? config.backoffInitial().toMillis()
                : Math.min(backoffMillis * 2, config.backoffMax().toMillis());
        return Round.FAILED;
    }

    /**
     * The highest seq that may be sent now: every lower seq is either visible or will never be.
     * -1 when nothing is waiting, -2 when rows wait for open transactions to end.
     */
    private long horizon() throws SQLException {
        if (safeBound >= 0) {
            return safeBound;
        }
        if (pendingXmax >= 0) {
            if (oldestOpenTransaction() >= pendingXmax) {
                safeBound = pendingBound;
                pendingXmax = -1;
                return safeBound;
            }
            return -2;
        }
        Long highest = null;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(seq) FROM outbox_event WHERE sent_at IS NULL")) {
            if (rs.next()) {
                long value = rs.getLong(1);
                highest = rs.wasNull() ? null : value;
            }
        }
        if (highest == null) {
            return -1;
        }
        long xmax;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            rs.next();
            xmax = rs.getLong(1);
        }
        if (oldestOpenTransaction() >= xmax) {
            safeBound = highest;
            return safeBound;
        }
        pendingBound = highest;
        pendingXmax = xmax;
        return -2;
    }

    private long oldestOpenTransaction() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<OutboxRow> unsent(long bound, int limit) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>(limit);
        try (PreparedStatement select = connection.prepareStatement(SELECT_UNSENT)) {
            select.setLong(1, bound);
            select.setInt(2, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), headers(rs.getString(7)), rs.getInt(8)));
                }
            }
        }
        return rows;
    }

    private Map<String, String> headers(String json) {
        return json == null || json.isBlank() ? Map.of() : headerReader.apply(json);
    }

    private CompletableFuture<Void> sendOne(OutboxRow row) {
        try {
            return sender.send(row).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Waits for the broker's answer to every row of the round: no row is sent again while the
     * producer may still deliver it. A round unanswered after {@code outage-after} starts an outage.
     */
    private Map<Long, Throwable> awaitAnswers(List<OutboxRow> rows, List<CompletableFuture<Void>> answers) {
        Map<Long, Throwable> failures = new LinkedHashMap<>();
        long outageAt = System.nanoTime() + config.outageAfter().toNanos();
        for (int i = 0; i < rows.size(); i++) {
            CompletableFuture<Void> answer = answers.get(i);
            while (true) {
                try {
                    long left = outageAt - System.nanoTime();
                    if (left > 0 || inOutage()) {
                        answer.get(left > 0 ? left : TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
                    } else {
                        outageStarted("no answer from the broker within " + config.outageAfter().toSeconds() + " s");
                        continue;
                    }
                    break;
                } catch (TimeoutException e) {
                    // keep waiting: the producer answers within its delivery timeout
                } catch (ExecutionException e) {
                    failures.put(rows.get(i).seq(), e.getCause() == null ? e : e.getCause());
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.put(rows.get(i).seq(), e);
                    break;
                }
            }
        }
        return failures;
    }

    private void mark(String sql, String error, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int p = 1;
            if (error != null) {
                update.setString(p++, error.length() > 1000 ? error.substring(0, 1000) : error);
            }
            update.setArray(p, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    private void outageStarted(String cause) {
        if (outageSince != null) {
            return;
        }
        outageSince = Instant.now();
        outageCause = cause;
        Backlog b = backlog();
        LOG.warnf("%s: Kafka does not take events (%s); %s held back in the outbox%s; trying again with backoff up to %d s."
                        + " The end of the outage is logged once.", name, cause, events(b.count()),
                b.oldest() == null ? "" : ", the oldest from " + b.oldest(), config.backoffMax().toSeconds());
    }

    private void outageEnded() {
        Duration lasted = Duration.between(outageSince, Instant.now());
        Backlog b = backlog();
        LOG.infof("%s: Kafka takes events again after %d s (outage began with: %s); %d failed sends during it; %s still to send",
                name, lasted.toSeconds(), outageCause, failedDuringOutage, events(b.count()));
        outageSince = null;
        outageCause = null;
        failedDuringOutage = 0;
    }

    private static String events(long count) {
        return count == 1 ? "1 event" : count + " events";
    }

    private record Backlog(long count, OffsetDateTime oldest) {
    }

    private Backlog backlog() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), min(occurred_at) FROM outbox_event WHERE sent_at IS NULL")) {
            rs.next();
            return new Backlog(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
        } catch (SQLException | RuntimeException e) {
            return new Backlog(-1, null);
        }
    }

    /**
     * Waits for the time given, or (when {@code wakeable}) until a commit wakes it; the relay's
     * session is kept alive meanwhile so that PostgreSQL does not end it as idle.
     */
    private void pause(Duration duration, boolean wakeable) {
        long end = System.nanoTime() + duration.toNanos();
        long keepAlive = Math.max(1000, config.leaderLease().toMillis() / 3);
        while (running.get()) {
            long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
            if (left <= 0) {
                return;
            }
            synchronized (signal) {
                if (wakeable && woken && !inOutage()) {
                    woken = false;
                    return;
                }
                try {
                    signal.wait(Math.min(left, keepAlive));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (wakeable && woken && !inOutage()) {
                    woken = false;
                    return;
                }
            }
            if (leader && connection != null && System.nanoTime() < end) {
                try (Statement s = connection.createStatement()) {
                    s.execute("SELECT 1");
                } catch (SQLException e) {
                    stepDown();
                    return;
                }
            }
        }
    }

    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause.getMessage() == null || cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
