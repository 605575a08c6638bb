package vn.bienphong.emulation.common.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
    private final EntityManager em;
    private final OutboxConfig config;
    private volatile boolean started;

    public OutboxPoller(Instance<OutboxRelay> relay, EntityManager em, OutboxConfig config) {
        this.relay = relay;
        this.em = em;
        this.config = config;
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

    /** Sent rows are kept for {@code emulation.outbox.retention}, then deleted, so the table does not grow without end. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteSentRows() {
        em.createNativeQuery("DELETE FROM outbox_event WHERE sent_at < ?1")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention()))
                .executeUpdate();
    }
}
