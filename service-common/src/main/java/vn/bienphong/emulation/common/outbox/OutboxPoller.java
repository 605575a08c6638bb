package vn.bienphong.emulation.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Wakes the {@link OutboxRelay} every {@code emulation.outbox.poll-interval}, for rows that no
 * commit woke it for (left by a crash, or by a broker that was away). It waits until the
 * application has started: the relay's Kafka channel is wired only then.
 */
@ApplicationScoped
public class OutboxPoller {

    private final Instance<OutboxRelay> relay;
    private volatile boolean started;

    public OutboxPoller(Instance<OutboxRelay> relay) {
        this.relay = relay;
    }

    /** Observed after the messaging layer has wired its channels (it observes startup at a library priority). */
    void onStart(@Observes StartupEvent event) {
        started = true;
    }

    @Scheduled(every = "${emulation.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (started) {
            relay.get().requestRelay();
        }
    }
}
