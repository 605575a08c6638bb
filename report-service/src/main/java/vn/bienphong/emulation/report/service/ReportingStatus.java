package vn.bienphong.emulation.report.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.domain.ReportingCoverage;
import vn.bienphong.emulation.report.persistence.ReportingRecords;

/**
 * Who of a cluster's members has reported for a period, and who not yet (chưa báo cáo), for the
 * secretary's reminders and the dashboard. Members are those of the roster for the cluster and year;
 * which reports count for the period is {@link ReportingCoverage}'s rule.
 */
@ApplicationScoped
public class ReportingStatus {

    private final ReportingRecords records;

    public ReportingStatus(ReportingRecords records) {
        this.records = records;
    }

    /** A report that counts for the period (it covers some or all of it). */
    public record CountedReport(UUID reportId, int clusterNumber, ReportPeriod period) {
    }

    /**
     * One member: whether it has reported for the period, the reports that count, and what is still
     * missing (the months no report covers, or the campaign's code).
     */
    public record MemberStatus(String unitCode, String unitName, boolean reported, List<CountedReport> reports,
                               List<String> missing) {
    }

    /**
     * The members of the cluster in the year with their status for the period (a label: 2025, 2025-03,
     * 2025-Q1 or a campaign's code), ordered by unit code; only those that have ({@code reported} true)
     * or have not (false) reported when {@code reported} is given.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberStatus> members(int clusterNumber, int year, String periodLabel, Boolean reported) {
        ReportPeriod asked;
        try {
            asked = ReportingCoverage.askedPeriod(year, periodLabel);
        } catch (ReportPeriod.InvalidPeriod e) {
            throw ProblemException.invalidField("period", e.getMessage());
        }
        ReportingRecords.ClusterYear cluster = records.clusterYear(clusterNumber, year).orElseThrow(() -> ProblemException.notFound(
                "cluster " + clusterNumber + " has no members in " + year + " as far as report-service knows "
                        + "(no membership of that cluster and year has come from cluster-service)"));
        Map<String, List<ReportingRecords.UnitReport>> byUnit = records.reportsOfMembers(clusterNumber, year).stream()
                .collect(Collectors.groupingBy(ReportingRecords.UnitReport::unitCode));
        return cluster.members().stream()
                .map(member -> status(member, asked, byUnit.getOrDefault(member.unitCode(), List.of())))
                .filter(status -> reported == null || status.reported() == reported)
                .toList();
    }

    private static MemberStatus status(ReportingRecords.Member member, ReportPeriod asked, List<ReportingRecords.UnitReport> reports) {
        Map<ReportPeriod, ReportingRecords.UnitReport> byPeriod = new HashMap<>();
        reports.forEach(r -> byPeriod.put(r.period(), r));
        ReportingCoverage.Coverage coverage = ReportingCoverage.of(asked, byPeriod.keySet());
        List<CountedReport> counted = coverage.counted().stream().map(byPeriod::get)
                .map(r -> new CountedReport(r.reportId(), r.clusterNumber(), r.period())).toList();
        return new MemberStatus(member.unitCode(), member.unitName(), coverage.reported(), counted, coverage.missing());
    }
}
