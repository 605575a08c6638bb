package vn.bienphong.emulation.common.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * How many outbox rows wait to be sent and how old the oldest is, read at most once a second
 * (for the meters {@code emulation.outbox.waiting} and {@code emulation.outbox.oldest.age}, and the
 * outbox health check). Every instance reports it, relaying or not: the outbox is the service's.
 */
@ApplicationScoped
public class OutboxBacklog {

    /** The backlog as last read; {@code error} is set when the database could not be read. */
    public record Snapshot(long waiting, OffsetDateTime oldest, Duration oldestAge, String error) {
    }

    private final DataSource dataSource;
    private volatile Snapshot last = new Snapshot(0, null, Duration.ZERO, null);
    private volatile long readAt;

    public OutboxBacklog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void registerMeters(@Observes StartupEvent event, MeterRegistry meters) {
        Gauge.builder("emulation.outbox.waiting", this, b -> b.current().waiting())
                .description("outbox rows not yet sent to Kafka").register(meters);
        Gauge.builder("emulation.outbox.oldest.age", this, b -> b.current().oldestAge().toMillis() / 1000.0)
                .description("age of the oldest outbox row not yet sent").baseUnit("seconds").register(meters);
    }

    public Snapshot current() {
        long now = System.nanoTime();
        if (now - readAt < 1_000_000_000L) {
            return last;
        }
        synchronized (this) {
            if (now - readAt < 1_000_000_000L) {
                return last;
            }
            last = read();
            readAt = System.nanoTime();
            return last;
        }
    }

    private Snapshot read() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT count(*), min(occurred_at), COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)
                     FROM outbox_event WHERE sent_at IS NULL""")) {
            rs.next();
            return new Snapshot(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                    Duration.ofMillis(Math.max(0, (long) (rs.getDouble(3) * 1000))), null);
        } catch (SQLException e) {
            return new Snapshot(last.waiting(), last.oldest(), last.oldestAge(), "the outbox could not be read: " + e.getMessage());
        }
    }
}
