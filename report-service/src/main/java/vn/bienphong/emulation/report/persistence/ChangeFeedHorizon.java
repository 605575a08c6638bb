package vn.bienphong.emulation.report.persistence;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * How far the change feed may go without ever skipping a change. Reports are stamped with their
 * transaction's start time, but transactions commit in another order than they begin: a report
 * stamped 10:00:00.100 may commit after one stamped 10:00:00.200. A consumer that had read the
 * second and asked again from its time would never see the first. So the feed shows only changes
 * stamped before the start of the oldest transaction still open on this database that writes or
 * is running a statement (every report transaction takes its transaction id in its first
 * statement; an idle session that only reads holds nothing back). This is read in a statement of
 * its own before the feed's query: under READ COMMITTED that query's snapshot then sees every
 * transaction that began before the horizon.
 */
@ApplicationScoped
public class ChangeFeedHorizon {

    private static final String HORIZON = """
            SELECT LEAST(statement_timestamp(), min(xact_start)) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
              AND (backend_xid IS NOT NULL OR state = 'active')""";

    private final EntityManager em;

    public ChangeFeedHorizon(EntityManager em) {
        this.em = em;
    }

    /** Every change stamped before this time is committed and visible to the statements that follow. */
    public OffsetDateTime settledBefore() {
        return (OffsetDateTime) em.createNativeQuery(HORIZON, OffsetDateTime.class).getSingleResult();
    }
}
