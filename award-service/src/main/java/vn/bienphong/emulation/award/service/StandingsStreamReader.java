package vn.bienphong.emulation.award.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.smallrye.mutiny.subscription.MultiEmitter;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import vn.bienphong.emulation.award.persistence.StandingsChangeLog;
import vn.bienphong.emulation.award.persistence.StandingsChangeLog.Change;

/**
 * One instance's reader of the standings-change log: a thread on a connection of its own that
 * LISTENs for the NOTIFY of every transaction that logged a change (on any instance), reads the new
 * changes and hands each to this instance's stream clients, in seq order, each once.
 * <p>
 * A seq is taken when a change is written, not when its transaction commits, so a lower seq may
 * still be invisible while a higher one is visible. The reader therefore moves on only to a
 * settled bound: it notes the highest seq it sees and the transactions open at that moment, and
 * reads up to that seq once all of those have ended (the writer takes its transaction id before its
 * seq, so a transaction holding a lower seq is always among them). Every change up to the bound has
 * then committed or never will.
 * <p>
 * A client that resumes after seq L is first sent the changes in (L, bound] read from the log, then
 * the live ones after the bound; all on this thread, so none is missed or sent twice.
 */
final class StandingsStreamReader implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StandingsStreamReader.class);
    private static final long WAIT_MILLIS = 25;

    @FunctionalInterface
    interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    /** What a client is sent: a change, or word that changes it asked for are no longer kept. */
    sealed interface Item permits Delivered, Reset {
    }

    record Delivered(Change change) implements Item {
    }

    record Reset(long resumedAfter, long oldestKept) implements Item {
    }

    /** A client of this instance: its filter, where it resumes, and where it stands. */
    static final class Client {
        private final Integer clusterNumber;
        private final Integer year;
        private final Long resumeAfter;
        private final MultiEmitter<? super Item> emitter;
        private long cursor;

        Client(Integer clusterNumber, Integer year, Long resumeAfter, MultiEmitter<? super Item> emitter) {
            this.clusterNumber = clusterNumber;
            this.year = year;
            this.resumeAfter = resumeAfter;
            this.emitter = emitter;
        }

        boolean wants(Change c) {
            return (clusterNumber == null || clusterNumber == c.clusterNumber()) && (year == null || year == c.year());
        }
    }

    private final ConnectionFactory connections;
    private final Duration pollInterval;
    private final ConcurrentLinkedQueue<Client> joining = new ConcurrentLinkedQueue<>();
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;

    private Connection connection;
    private boolean troubled;
    /** Every seq up to here is settled and has been handed to the clients; -1 until the first bound. */
    private volatile long cursor = -1;
    private long pendingSeq = -1;
    private long pendingXmax = -1;
    private long lastRead;

    StandingsStreamReader(ConnectionFactory connections, Duration pollInterval) {
        this.connections = connections;
        this.pollInterval = pollInterval;
    }

    synchronized StandingsStreamReader start() {
        if (!running.getAndSet(true)) {
            thread = new Thread(this::loop, "standings-stream-reader");
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    /** Adds a client; it is sent what it asked for from the reader's thread. */
    void join(Client client) {
        client.emitter.onTermination(() -> {
            joining.remove(client);
            clients.remove(client);
        });
        joining.add(client);
    }

    /** The seq every client has been brought to (-1 before the reader's first settled bound). */
    long cursor() {
        return cursor;
    }

    int clientCount() {
        return clients.size() + joining.size();
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            if (!running.getAndSet(false)) {
                return;
            }
            t = thread;
        }
        try {
            t.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.forEach(c -> c.emitter.complete());
    }

    private void loop() {
        while (running.get()) {
            try {
                if (connection == null) {
                    connection = connections.open();
                    StandingsChangeLog.listen(connection);
                    if (troubled) {
                        troubled = false;
                        LOG.info("standings stream: the database answers again; streaming");
                    }
                }
                boolean woken = awaitNotification();
                long now = System.nanoTime();
                if (woken || pendingSeq >= 0 || !joining.isEmpty() || cursor < 0 || now - lastRead >= pollInterval.toNanos()) {
                    lastRead = now;
                    step();
                }
            } catch (SQLException | RuntimeException e) {
                if (!troubled) {
                    troubled = true;
                    LOG.warnf("standings stream: the change log could not be read (%s); retrying", e.getMessage());
                }
                closeConnection();
                sleep(pollInterval.toMillis());
            }
        }
        closeConnection();
    }

    private boolean awaitNotification() throws SQLException {
        var notifications = connection.unwrap(PGConnection.class).getNotifications((int) WAIT_MILLIS);
        return notifications != null && notifications.length > 0;
    }

    private void step() throws SQLException {
        StandingsChangeLog.Horizon h = StandingsChangeLog.horizon(connection);
        if (pendingSeq >= 0 && h.xmin() >= pendingXmax) {
            settle(pendingSeq);
        }
        if (pendingSeq < 0 && (cursor < 0 || h.maxSeq() > cursor)) {
            pendingSeq = h.maxSeq();
            pendingXmax = h.xmax();
            if (h.settled()) {
                settle(pendingSeq);
            }
        }
        if (cursor >= 0) {
            admitJoining();
        }
    }

    /** Every seq up to {@code bound} has committed or never will: hand the new ones over. */
    private void settle(long bound) throws SQLException {
        pendingSeq = -1;
        if (cursor < 0) {
            cursor = bound;
        } else if (bound > cursor) {
            deliver(StandingsChangeLog.read(connection, cursor, bound, null, null), bound);
        }
    }

    private void deliver(List<Change> changes, long bound) {
        for (Client client : clients) {
            for (Change c : changes) {
                if (c.seq() > client.cursor && client.wants(c)) {
                    client.emitter.emit(new Delivered(c));
                }
            }
            client.cursor = Math.max(client.cursor, bound);
        }
        cursor = bound;
    }

    private void admitJoining() throws SQLException {
        List<Client> admitted = new ArrayList<>();
        Client client;
        while ((client = joining.poll()) != null) {
            if (client.emitter.isCancelled()) {
                continue;
            }
            client.cursor = cursor;
            if (client.resumeAfter != null && client.resumeAfter < cursor) {
                OptionalLong oldest = StandingsChangeLog.oldestKept(connection);
                long firstKept = oldest.orElse(cursor + 1);
                if (client.resumeAfter + 1 < firstKept) {
                    client.emitter.emit(new Reset(client.resumeAfter, firstKept));
                }
                for (Change c : StandingsChangeLog.read(connection, client.resumeAfter, cursor, client.clusterNumber, client.year)) {
                    client.emitter.emit(new Delivered(c));
                }
            } else if (client.resumeAfter != null) {
                client.cursor = client.resumeAfter; // ahead of this instance: it saw those on another one
            }
            admitted.add(client);
        }
        clients.addAll(admitted);
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("standings stream: closing the connection: %s", e.getMessage());
            }
            connection = null;
            pendingSeq = -1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(50, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
