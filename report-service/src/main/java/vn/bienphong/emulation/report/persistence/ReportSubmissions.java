package vn.bienphong.emulation.report.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import vn.bienphong.emulation.report.domain.PeriodKind;
import vn.bienphong.emulation.report.domain.ReportPeriod;

/**
 * The SQL of submitting a report, in plain JDBC on the transaction's own connection: it runs for
 * every report that arrives, so it does without the ORM's per-entity work (reads and amendments
 * use the entities). Three statements: the unit-year lock, the unit's periods, the insert.
 * Reports are stamped with the database's transaction time, never the service's clock.
 */
@ApplicationScoped
public class ReportSubmissions {

    // now() is the transaction's start, the xact_start the change feed's horizon compares with (see
    // ChangeFeedHorizon); taking a transaction id at once makes the transaction count there from its first statement
    private static final String LOCK_UNIT_YEAR = "SELECT pg_current_xact_id(), pg_advisory_xact_lock(hashtext(?)), now()";
    private static final String TRANSACTION_TIME = "SELECT pg_current_xact_id(), now()";
    private static final String PERIODS_OF_UNIT_YEAR = """
            SELECT id, period_kind, period_label, period_from, period_to FROM report
            WHERE unit_code = ? AND year = ?""";
    // the report and its first version in one statement (the version's foreign key is checked at its end)
    private static final String INSERT_REPORT_WITH_VERSION = """
            WITH new_report AS (
                INSERT INTO report (id, unit_code, cluster_number, year, period_kind, period_label, period_from,
                                    period_to, current_version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
            INSERT INTO report_version (report_id, version, figures, models, notes, submitted_by, submitted_at,
                                        supersedes_version)
            VALUES (?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?)""";

    private final EntityManager em;

    public ReportSubmissions(EntityManager em) {
        this.em = em;
    }

    /** A report the unit has in that year already. */
    public record ExistingReport(UUID id, ReportPeriod period) {
    }

    /** The reports of a unit's year, read under its lock, and the time of the transaction that holds it. */
    public record LockedUnitYear(OffsetDateTime transactionTime, List<ExistingReport> reports) {
    }

    /**
     * Takes the lock of the unit's year, held until the transaction ends, so that two submissions for
     * the same unit and year are checked one after the other; then lists the reports it has. The lock
     * is its own statement: under READ COMMITTED the list must be read after the lock is held.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LockedUnitYear lockUnitYear(String unitCode, int year) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            OffsetDateTime transactionTime;
            try (PreparedStatement lock = connection.prepareStatement(LOCK_UNIT_YEAR)) {
                lock.setString(1, unitCode + "/" + year);
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    transactionTime = row.getObject(3, OffsetDateTime.class);
                }
            }
            List<ExistingReport> existing = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(PERIODS_OF_UNIT_YEAR)) {
                select.setString(1, unitCode);
                select.setInt(2, year);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        existing.add(new ExistingReport(rows.getObject(1, UUID.class),
                                new ReportPeriod(PeriodKind.valueOf(rows.getString(2)), rows.getString(3),
                                        rows.getObject(4, LocalDate.class), rows.getObject(5, LocalDate.class))));
                    }
                }
            }
            return new LockedUnitYear(transactionTime, existing);
        });
    }

    /**
     * The time the current transaction began, by the database's clock: what a report's
     * {@code created_at}/{@code updated_at} and a version's {@code submitted_at} are stamped with.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OffsetDateTime transactionTime() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(TRANSACTION_TIME);
                 ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(2, OffsetDateTime.class);
            }
        });
    }

    /** Writes a new report and its first version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(ReportEntity report, ReportVersionEntity version) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_REPORT_WITH_VERSION)) {
                int i = 0;
                insert.setObject(++i, report.id);
                insert.setString(++i, report.unitCode);
                insert.setInt(++i, report.clusterNumber);
                insert.setInt(++i, report.year);
                insert.setString(++i, report.periodKind.name());
                insert.setString(++i, report.periodLabel);
                insert.setObject(++i, report.periodFrom);
                insert.setObject(++i, report.periodTo);
                insert.setInt(++i, report.currentVersion);
                insert.setObject(++i, report.createdAt);
                insert.setObject(++i, report.updatedAt);
                insert.setObject(++i, version.reportId);
                insert.setInt(++i, version.version);
                insert.setString(++i, version.figures);
                insert.setString(++i, version.models);
                insert.setString(++i, version.notes);
                insert.setString(++i, version.submittedBy);
                insert.setObject(++i, version.submittedAt);
                if (version.supersedesVersion == null) {
                    insert.setNull(++i, Types.INTEGER);
                } else {
                    insert.setInt(++i, version.supersedesVersion);
                }
                insert.executeUpdate();
            }
        });
    }
}
