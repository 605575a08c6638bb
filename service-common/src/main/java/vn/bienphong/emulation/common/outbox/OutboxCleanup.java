package vn.bienphong.emulation.common.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import vn.bienphong.emulation.common.jobs.JobClaims;

/**
 * Deletes sent outbox rows older than {@code emulation.outbox.retention}, once an hour across all
 * instances (the hour is claimed in {@code job_run}, see {@link JobClaims}).
 */
@ApplicationScoped
public class OutboxCleanup {

    static final String JOB = "outbox-cleanup";
    private static final Logger LOG = Logger.getLogger(OutboxCleanup.class);

    private final EntityManager em;
    private final OutboxConfig config;
    private final JobClaims claims;

    public OutboxCleanup(EntityManager em, OutboxConfig config, JobClaims claims) {
        this.em = em;
        this.config = config;
        this.claims = claims;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        run(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Runs the clean-up of the hour of {@code now} unless an instance ran it; returns the rows deleted, or -1 when skipped. */
    @Transactional
    public int run(OffsetDateTime now) {
        if (!claims.claim(JOB, now.truncatedTo(ChronoUnit.HOURS).toString())) {
            return -1;
        }
        int deleted = em.createNativeQuery("DELETE FROM outbox_event WHERE sent_at < ?1")
                .setParameter(1, now.minus(config.retention()))
                .executeUpdate();
        claims.forgetOlderThan(90);
        LOG.debugf("outbox clean-up: %d sent rows older than %s deleted", deleted, config.retention());
        return deleted;
    }
}
