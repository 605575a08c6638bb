package vn.bienphong.emulation.common.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code emulation.inbox.*}: how consumers retry what failed before they give a record up as a dead letter. */
@ConfigMapping(prefix = "emulation.inbox")
public interface InboxConfig {

    /** The first wait before retrying a failed record; it doubles with every failure. */
    @WithDefault("500ms")
    Duration retryInitial();

    /** The longest wait between two tries (a transient failure is tried again for as long as it lasts). */
    @WithDefault("30s")
    Duration retryMax();

    /** Tries of a record that failed for a reason that is neither transient nor a broken contract (a bug) before it becomes a dead letter. */
    @WithDefault("3")
    int unexpectedFailureAttempts();

    /** How often the consumer lag per topic is measured ({@code emulation.consumer.lag}). */
    @WithDefault("15s")
    Duration lagInterval();
}
