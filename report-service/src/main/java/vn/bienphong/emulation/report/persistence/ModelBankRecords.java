package vn.bienphong.emulation.report.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.bienphong.emulation.report.domain.ReportPeriod;

/** The model bank's source: the emulation models of the latest version of every report, read from its JSON. */
@ApplicationScoped
public class ModelBankRecords {

    private final EntityManager em;

    public ModelBankRecords(EntityManager em) {
        this.em = em;
    }

    /** One emulation model of the latest version of a report; {@code ordinal} counts from 1 within the version. */
    public record Model(UUID reportId, int version, String unitCode, int clusterNumber, int year, ReportPeriod period,
                        int ordinal, String title, String description, String product) {
    }

    /**
     * The models of the latest version of each report of the year (a superseded version's models are
     * gone with it), of one cluster and one unit when given, in the order: cluster, unit, period, model.
     */
    public List<Model> latestModels(int year, Integer clusterNumber, String unitCode) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.id, v.version, r.unit_code, r.cluster_number, r.year, r.period_kind, r.period_label, r.period_from,
                       r.period_to, m.ordinal, m.model ->> 'title', m.model ->> 'description', m.model ->> 'product'
                FROM report r
                JOIN report_version v ON v.report_id = r.id AND v.version = r.current_version
                CROSS JOIN LATERAL jsonb_array_elements(v.models) WITH ORDINALITY AS m(model, ordinal)
                WHERE r.year = :year""");
        if (clusterNumber != null) {
            sql.append(" AND r.cluster_number = :cluster");
        }
        if (unitCode != null) {
            sql.append(" AND r.unit_code = :unit");
        }
        sql.append(" ORDER BY r.cluster_number, r.unit_code, r.period_from, r.period_label, r.id, m.ordinal");
        var query = em.createNativeQuery(sql.toString()).setParameter("year", year);
        if (clusterNumber != null) {
            query.setParameter("cluster", clusterNumber);
        }
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Model> models = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            models.add(new Model((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2], ((Number) row[3]).intValue(),
                    ((Number) row[4]).intValue(), ReportingRecords.period(row, 5), ((Number) row[9]).intValue(), (String) row[10],
                    (String) row[11], (String) row[12]));
        }
        return models;
    }

}
