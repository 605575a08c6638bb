package vn.bienphong.emulation.common.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code emulation.outbox.*}: how the relay sends the outbox, and when the backlog makes the service unready. */
@ConfigMapping(prefix = "emulation.outbox")
public interface OutboxConfig {

    /** Rows sent per round (the relay waits for the broker's answer to every row of a round before the next). */
    @WithDefault("200")
    int batchSize();

    /** How long the producer retries one record before it reports a failure ({@code delivery.timeout.ms}). */
    @WithDefault("30s")
    Duration deliveryTimeout();

    /** How long the producer waits for the broker's answer to one request ({@code request.timeout.ms}; less than the delivery timeout). */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How long a send may wait for the topic's metadata ({@code max.block.ms}) before it fails. */
    @WithDefault("10s")
    Duration maxBlock();

    /** How often the relay looks for rows that no commit woke it for. */
    @WithDefault("1s")
    Duration pollInterval();

    /** A round still unanswered after this long starts an outage (logged once); its rows are not sent again while the producer still holds them. */
    @WithDefault("10s")
    Duration outageAfter();

    /** The first wait after a failed round; it doubles with every failure. */
    @WithDefault("1s")
    Duration backoffInitial();

    /** The longest wait between two tries while the broker is away. */
    @WithDefault("30s")
    Duration backoffMax();

    /** How often an instance that does not relay tries to take over from the one that does. */
    @WithDefault("2s")
    Duration leaderCheckInterval();

    /**
     * The relaying instance's database session is ended by PostgreSQL ({@code idle_session_timeout})
     * after this long without a statement, so that a frozen instance hands the relay over.
     */
    @WithDefault("30s")
    Duration leaderLease();

    /** How long sent rows stay in the outbox (for inspection) before the hourly clean-up deletes them. */
    @WithDefault("7d")
    Duration retention();

    /** The outbox health check reports "degraded" (still UP) once the oldest unsent row is older than this. */
    @WithDefault("30s")
    Duration degradedAfter();

    /** Readiness goes DOWN once the oldest unsent row is older than this: a short broker outage keeps the instance ready. */
    @WithDefault("5m")
    Duration unreadyAfter();
}
