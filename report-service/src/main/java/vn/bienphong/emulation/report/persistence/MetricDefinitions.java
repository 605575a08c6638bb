package vn.bienphong.emulation.report.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import vn.bienphong.emulation.report.domain.Aggregation;
import vn.bienphong.emulation.report.domain.MetricDefinition;
import vn.bienphong.emulation.report.domain.ValueKind;

/**
 * The metric catalogue as the rules read it, straight from the database on every use (never held in
 * memory): a change the council commits on one instance holds on every instance for the next report.
 * Plain JDBC on the transaction's connection, since a submission reads the metrics its figures name.
 */
@ApplicationScoped
public class MetricDefinitions {

    private static final String COLUMNS = "SELECT code, name_vi, name_en, unit_of_measure, value_kind, scale, max_value, aggregation, active "
            + "FROM metric_definition";

    private final EntityManager em;

    public MetricDefinitions(EntityManager em) {
        this.em = em;
    }

    /** The whole catalogue, by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, MetricDefinition> all() {
        return read(COLUMNS + " ORDER BY code", null);
    }

    /** The metrics of the codes asked that exist (one statement whatever their number). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, MetricDefinition> of(Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : read(COLUMNS + " WHERE code = ANY(CAST(? AS text[]))", codes);
    }

    private Map<String, MetricDefinition> read(String sql, Collection<String> codes) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (codes != null) {
                    select.setArray(1, connection.createArrayOf("text", codes.stream().distinct().toArray(String[]::new)));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        MetricDefinition m = metric(rows);
                        metrics.put(m.code(), m);
                    }
                }
            }
            return metrics;
        });
    }

    private static MetricDefinition metric(ResultSet row) throws SQLException {
        return new MetricDefinition(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                ValueKind.valueOf(row.getString(5)), row.getInt(6), row.getBigDecimal(7), Aggregation.valueOf(row.getString(8)),
                row.getBoolean(9));
    }
}
