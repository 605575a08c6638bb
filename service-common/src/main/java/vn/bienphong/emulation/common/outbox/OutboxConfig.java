package vn.bienphong.emulation.common.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code emulation.outbox.*}: how the relay sends the outbox. */
@ConfigMapping(prefix = "emulation.outbox")
public interface OutboxConfig {

    /** Rows sent per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before it tries again later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** How often the relay looks for rows that no commit woke it for (Quarkus Scheduler syntax). */
    @WithDefault("1s")
    String pollInterval();

    /** How long sent rows stay in the outbox (for inspection) before the hourly clean-up deletes them. */
    @WithDefault("7d")
    Duration retention();
}
