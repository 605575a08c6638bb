package vn.bienphong.emulation.award.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import vn.bienphong.emulation.award.persistence.StandingsChangeLog;
import vn.bienphong.emulation.common.jobs.JobClaims;

/**
 * Deletes standings changes older than {@code award.stream.retention} and expired stream tickets,
 * once an hour across all instances (the hour is claimed in {@code job_run}).
 */
@ApplicationScoped
public class StandingsChangeCleanup {

    static final String JOB = "standings-change-cleanup";
    private static final Logger LOG = Logger.getLogger(StandingsChangeCleanup.class);

    private final StandingsChangeLog log;
    private final StreamTickets tickets;
    private final StandingsStreamConfig config;
    private final JobClaims claims;

    public StandingsChangeCleanup(StandingsChangeLog log, StreamTickets tickets, StandingsStreamConfig config, JobClaims claims) {
        this.log = log;
        this.tickets = tickets;
        this.config = config;
        this.claims = claims;
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        run(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Runs the clean-up of the hour of {@code now} unless an instance ran it; the changes deleted, or -1 when skipped. */
    @Transactional
    public int run(OffsetDateTime now) {
        if (!claims.claim(JOB, now.truncatedTo(ChronoUnit.HOURS).toString())) {
            return -1;
        }
        int deleted = log.deleteOlderThan(now.minus(config.retention()));
        int forgotten = tickets.forgetExpired(now);
        LOG.debugf("standings change clean-up: %d changes older than %s and %d expired tickets deleted", (Object) deleted, config.retention(), forgotten);
        return deleted;
    }
}
