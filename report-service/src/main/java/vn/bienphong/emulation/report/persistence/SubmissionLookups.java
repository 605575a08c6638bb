package vn.bienphong.emulation.report.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import vn.bienphong.emulation.report.domain.Aggregation;
import vn.bienphong.emulation.report.domain.MetricDefinition;
import vn.bienphong.emulation.report.domain.Roster;
import vn.bienphong.emulation.report.domain.ValueKind;

/**
 * What new reports are checked against, read from the database in one statement on the transaction's
 * connection, for one report or a whole batch: the metrics their figures name and their units'
 * memberships (the roster of the years asked, the units' names). Nothing of it is held in memory, so a
 * membership or a metric committed by any instance holds on every instance from the next request on;
 * the statement is one indexed round trip (see docs/ARCHITECTURE.md for what it costs).
 */
@ApplicationScoped
public class SubmissionLookups {

    // every year of the units asked (a unit has one row a year; the latest name wins), then the metrics asked
    private static final String MEMBERSHIPS_AND_METRICS = """
            SELECT 'member' AS row_kind, unit_code, year, cluster_number, unit_name, NULL, NULL, NULL, NULL,
                   CAST(NULL AS numeric), CAST(NULL AS boolean)
            FROM roster_member WHERE unit_code = ANY(CAST(? AS text[]))
            UNION ALL
            SELECT 'metric', code, scale, NULL, name_vi, name_en, unit_of_measure, value_kind, aggregation, max_value, active
            FROM metric_definition WHERE code = ANY(CAST(? AS text[]))
            ORDER BY 1, 3""";

    private final EntityManager em;

    public SubmissionLookups(EntityManager em) {
        this.em = em;
    }

    /** The metrics of {@code metricCodes} that exist, and the roster of {@code unitCodes} in {@code years}. */
    public record Lookup(Map<String, MetricDefinition> metrics, RosterRepository.Lookup roster) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Lookup read(Collection<String> metricCodes, Collection<String> unitCodes, Collection<Integer> years) {
        Set<Integer> asked = new HashSet<>(years);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
            Map<Integer, Map<String, Set<Integer>>> byYear = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(MEMBERSHIPS_AND_METRICS)) {
                select.setArray(1, connection.createArrayOf("text", unitCodes.stream().distinct().toArray(String[]::new)));
                select.setArray(2, connection.createArrayOf("text", metricCodes.stream().distinct().toArray(String[]::new)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String code = rows.getString(2);
                        if ("metric".equals(rows.getString(1))) {
                            metrics.put(code, new MetricDefinition(code, rows.getString(5), rows.getString(6), rows.getString(7),
                                    ValueKind.valueOf(rows.getString(8)), rows.getInt(3), rows.getBigDecimal(10),
                                    Aggregation.valueOf(rows.getString(9)), rows.getBoolean(11)));
                            continue;
                        }
                        int year = rows.getInt(3);
                        if (asked.contains(year)) {
                            byYear.computeIfAbsent(year, y -> new HashMap<>()).computeIfAbsent(code, u -> new HashSet<>())
                                    .add(rows.getInt(4));
                        }
                        if (rows.getString(5) != null) {
                            names.put(code, rows.getString(5));
                        }
                    }
                }
            }
            return new Lookup(metrics, new RosterRepository.Lookup(new Roster(byYear), names));
        });
    }
}
