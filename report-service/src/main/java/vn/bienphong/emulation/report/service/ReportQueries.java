package vn.bienphong.emulation.report.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.query.Counted;
import vn.bienphong.emulation.report.persistence.ChangeFeedHorizon;
import vn.bienphong.emulation.report.persistence.ReportEntity;
import vn.bienphong.emulation.report.persistence.ReportVersionEntity;

/** Reading reports: one, its versions, lists, exports, and the change feed. */
@ApplicationScoped
public class ReportQueries {

    private final ReportViews views;
    private final ChangeFeedHorizon horizon;

    public ReportQueries(ReportViews views, ChangeFeedHorizon horizon) {
        this.views = views;
        this.horizon = horizon;
    }

    /** Which reports a list or an export covers; null fields do not filter. */
    public record Filter(Integer year, Integer clusterNumber, String unitCode, String periodLabel) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FiledReport getReport(UUID id) {
        ReportEntity report = find(id);
        return views.report(report, ReportVersionEntity.find(id, report.currentVersion));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FiledReport getVersion(UUID id, int version) {
        ReportEntity report = find(id);
        ReportVersionEntity found = ReportVersionEntity.find(id, version);
        if (found == null) {
            throw ProblemException.notFound("report " + id + " has no version " + version + "; its versions are 1 to "
                    + report.currentVersion);
        }
        return views.report(report, found);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FiledReport> versionsOf(UUID id) {
        ReportEntity report = find(id);
        String unitName = views.unitNames(List.of(report)).get(report.unitCode);
        return ReportVersionEntity.ofReport(id).stream().map(v -> views.report(report, v, unitName)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted<ReportSummary> listReports(Filter filter, int page, int size) {
        Where where = where(filter, "");
        PanacheQuery<ReportEntity> query = ReportEntity.find(where.clause(),
                Sort.by("year").and("clusterNumber").and("unitCode").and("periodFrom").and("id"), where.params());
        long total = query.count();
        List<ReportSummary> items = query.page(page, size).list().stream().map(views::summary).toList();
        return new Counted<>(items, total);
    }

    /** Every report of the filter with its current version, in one query, for export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FiledReport> currentVersions(Filter filter) {
        Where where = where(filter, "r.");
        TypedQuery<Object[]> query = ReportEntity.getEntityManager().createQuery(
                "select r, v from ReportEntity r, ReportVersionEntity v where v.reportId = r.id and v.version = r.currentVersion and "
                        + where.clause() + " order by r.year, r.clusterNumber, r.unitCode, r.periodFrom, r.id", Object[].class);
        where.params().map().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<String, String> unitNames = views.unitNames(rows.stream().map(row -> (ReportEntity) row[0]).toList());
        List<FiledReport> reports = new ArrayList<>();
        for (Object[] row : rows) {
            ReportEntity report = (ReportEntity) row[0];
            reports.add(views.report(report, (ReportVersionEntity) row[1], unitNames.get(report.unitCode)));
        }
        return reports;
    }

    /**
     * Reports created or amended at or after {@code since}, oldest change first, ties broken by
     * id: the same question gives the same pages in the same order. Changes of transactions that
     * may still commit before later ones are held back ({@link ChangeFeedHorizon}), so asking
     * again from the last {@code changedAt} seen never skips a change.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted<ReportSummary> changesSince(OffsetDateTime since, int page, int size) {
        OffsetDateTime settled = horizon.settledBefore();
        PanacheQuery<ReportEntity> query = ReportEntity.find("updatedAt >= ?1 and updatedAt < ?2",
                Sort.by("updatedAt").and("id"), since, settled);
        long total = query.count();
        List<ReportSummary> items = query.page(page, size).list().stream().map(views::summary).toList();
        return new Counted<>(items, total);
    }

    private record Where(String clause, Parameters params) {
    }

    private static Where where(Filter filter, String alias) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.year() != null) {
            where.append(" and ").append(alias).append("year = :year");
            params.and("year", filter.year());
        }
        if (filter.clusterNumber() != null) {
            where.append(" and ").append(alias).append("clusterNumber = :cluster");
            params.and("cluster", filter.clusterNumber());
        }
        if (filter.unitCode() != null) {
            where.append(" and ").append(alias).append("unitCode = :unit");
            params.and("unit", filter.unitCode());
        }
        if (filter.periodLabel() != null) {
            where.append(" and ").append(alias).append("periodLabel = :period");
            params.and("period", filter.periodLabel());
        }
        return new Where(where.toString(), params);
    }

    private static ReportEntity find(UUID id) {
        ReportEntity report = ReportEntity.findById(id);
        if (report == null) {
            throw ProblemException.notFound("no report " + id);
        }
        return report;
    }
}
