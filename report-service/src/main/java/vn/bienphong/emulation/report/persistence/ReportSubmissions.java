package vn.bienphong.emulation.report.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import vn.bienphong.emulation.report.domain.PeriodKind;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.domain.UnitPeriods;

/**
 * The SQL of submitting reports, in plain JDBC on the transaction's own connection: it runs for
 * every report that arrives, so it does without the ORM's per-entity work (reads and amendments
 * use the entities). Three statements whether one report is submitted or a batch of them: the
 * unit-year locks, the units' periods, the insert of reports and first versions. Reports are
 * stamped with the database's transaction time, never the service's clock.
 */
@ApplicationScoped
public class ReportSubmissions {

    // now() is the transaction's start, the xact_start the change feed's horizon compares with (see
    // ChangeFeedHorizon); taking a transaction id at once makes the transaction count there from its first statement.
    // Several unit-years are locked in the order of their lock keys, so that two batches never wait on each other
    // in a circle (a single submission takes one lock, which fits any order).
    private static final String LOCK_UNIT_YEARS = """
            WITH locked AS (
                SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtext(u) AS k FROM unnest(CAST(? AS text[])) AS u ORDER BY k) AS keys)
            SELECT pg_current_xact_id(), now(), (SELECT count(*) FROM locked)""";
    private static final String TRANSACTION_TIME = "SELECT pg_current_xact_id(), now()";
    private static final String PERIODS_OF_UNIT_YEARS = """
            SELECT r.unit_code, r.year, r.id, r.period_kind, r.period_label, r.period_from, r.period_to
            FROM report r JOIN unnest(CAST(? AS text[]), CAST(? AS int[])) AS u(unit_code, year)
                 ON r.unit_code = u.unit_code AND r.year = u.year""";
    // reports and their first versions in one statement (the versions' foreign key is checked at its end)
    private static final String INSERT_REPORTS_WITH_VERSIONS = """
            WITH new_report AS (
                INSERT INTO report (id, unit_code, cluster_number, year, period_kind, period_label, period_from,
                                    period_to, current_version, created_at, updated_at)
                SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS int[]), CAST(? AS int[]),
                                     CAST(? AS text[]), CAST(? AS text[]), CAST(? AS date[]), CAST(? AS date[]),
                                     CAST(? AS int[]), CAST(? AS timestamptz[]), CAST(? AS timestamptz[])))
            INSERT INTO report_version (report_id, version, figures, models, notes, submitted_by, submitted_at,
                                        supersedes_version)
            SELECT id, version, CAST(figures AS jsonb), CAST(models AS jsonb), notes, submitted_by, submitted_at, supersedes
            FROM unnest(CAST(? AS uuid[]), CAST(? AS int[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS text[]), CAST(? AS timestamptz[]), CAST(? AS int[]))
                 AS v(id, version, figures, models, notes, submitted_by, submitted_at, supersedes)""";

    private final EntityManager em;

    public ReportSubmissions(EntityManager em) {
        this.em = em;
    }

    /** One unit's year: what its reports are checked against, and what its lock guards. */
    public record UnitYear(String unitCode, int year) {
        String lockKey() {
            return unitCode + "/" + year;
        }
    }

    /** The reports of a unit's year, read under its lock, and the time of the transaction that holds it. */
    public record LockedUnitYear(OffsetDateTime transactionTime, List<UnitPeriods.Filed> reports) {
    }

    /** The reports of several units' years, read under their locks, and the time of the transaction that holds them. */
    public record LockedUnitYears(OffsetDateTime transactionTime, Map<UnitYear, List<UnitPeriods.Filed>> reports) {
        public List<UnitPeriods.Filed> of(UnitYear unitYear) {
            return reports.getOrDefault(unitYear, List.of());
        }
    }

    /**
     * Takes the lock of the unit's year, held until the transaction ends, so that two submissions for
     * the same unit and year are checked one after the other; then lists the reports it has.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LockedUnitYear lockUnitYear(String unitCode, int year) {
        UnitYear unitYear = new UnitYear(unitCode, year);
        LockedUnitYears locked = lockUnitYears(List.of(unitYear));
        return new LockedUnitYear(locked.transactionTime(), locked.of(unitYear));
    }

    /**
     * Takes the locks of the units' years (one statement), then lists the reports they have (another).
     * The lock is its own statement: under READ COMMITTED the list must be read after the lock is held.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LockedUnitYears lockUnitYears(Collection<UnitYear> unitYears) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            OffsetDateTime transactionTime;
            try (PreparedStatement lock = connection.prepareStatement(LOCK_UNIT_YEARS)) {
                lock.setArray(1, connection.createArrayOf("text", unitYears.stream().map(UnitYear::lockKey).toArray(String[]::new)));
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    transactionTime = row.getObject(2, OffsetDateTime.class);
                }
            }
            Map<UnitYear, List<UnitPeriods.Filed>> existing = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(PERIODS_OF_UNIT_YEARS)) {
                select.setArray(1, connection.createArrayOf("text", unitYears.stream().map(UnitYear::unitCode).toArray(String[]::new)));
                select.setArray(2, connection.createArrayOf("int4", unitYears.stream().map(UnitYear::year).toArray(Integer[]::new)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        existing.computeIfAbsent(new UnitYear(rows.getString(1), rows.getInt(2)), k -> new ArrayList<>())
                                .add(new UnitPeriods.Filed(rows.getObject(3, UUID.class),
                                        new ReportPeriod(PeriodKind.valueOf(rows.getString(4)), rows.getString(5),
                                                rows.getObject(6, LocalDate.class), rows.getObject(7, LocalDate.class))));
                    }
                }
            }
            return new LockedUnitYears(transactionTime, existing);
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
        insertAll(List.of(report), List.of(version));
    }

    /** Writes new reports and their first versions ({@code versions.get(i)} is the version of {@code reports.get(i)}), in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insertAll(List<ReportEntity> reports, List<ReportVersionEntity> versions) {
        if (reports.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_REPORTS_WITH_VERSIONS)) {
                int i = 0;
                insert.setArray(++i, array(connection, "uuid", UUID.class, reports, r -> r.id));
                insert.setArray(++i, array(connection, "text", String.class, reports, r -> r.unitCode));
                insert.setArray(++i, array(connection, "int4", Integer.class, reports, r -> r.clusterNumber));
                insert.setArray(++i, array(connection, "int4", Integer.class, reports, r -> r.year));
                insert.setArray(++i, array(connection, "text", String.class, reports, r -> r.periodKind.name()));
                insert.setArray(++i, array(connection, "text", String.class, reports, r -> r.periodLabel));
                insert.setArray(++i, array(connection, "text", String.class, reports, r -> r.periodFrom.toString()));
                insert.setArray(++i, array(connection, "text", String.class, reports, r -> r.periodTo.toString()));
                insert.setArray(++i, array(connection, "int4", Integer.class, reports, r -> r.currentVersion));
                insert.setArray(++i, array(connection, "text", String.class, reports, r -> r.createdAt.toString()));
                insert.setArray(++i, array(connection, "text", String.class, reports, r -> r.updatedAt.toString()));
                insert.setArray(++i, array(connection, "uuid", UUID.class, versions, v -> v.reportId));
                insert.setArray(++i, array(connection, "int4", Integer.class, versions, v -> v.version));
                insert.setArray(++i, array(connection, "text", String.class, versions, v -> v.figures));
                insert.setArray(++i, array(connection, "text", String.class, versions, v -> v.models));
                insert.setArray(++i, array(connection, "text", String.class, versions, v -> v.notes));
                insert.setArray(++i, array(connection, "text", String.class, versions, v -> v.submittedBy));
                insert.setArray(++i, array(connection, "text", String.class, versions, v -> v.submittedAt.toString()));
                insert.setArray(++i, array(connection, "int4", Integer.class, versions, v -> v.supersedesVersion));
                insert.executeUpdate();
            }
        });
    }

    /** One column of the rows as an SQL array of {@code type}, its Java elements of {@code element}. */
    private static <T, E> Array array(Connection connection, String type, Class<E> element, List<T> rows,
                                      Function<T, E> column) throws SQLException {
        @SuppressWarnings("unchecked")
        E[] values = (E[]) java.lang.reflect.Array.newInstance(element, rows.size());
        for (int i = 0; i < values.length; i++) {
            values[i] = column.apply(rows.get(i));
        }
        return connection.createArrayOf(type, values);
    }
}
