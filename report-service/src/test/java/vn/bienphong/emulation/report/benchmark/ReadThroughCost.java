package vn.bienphong.emulation.report.benchmark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.report.api.Fixtures;
import vn.bienphong.emulation.report.domain.PeriodKind;
import vn.bienphong.emulation.report.persistence.MetricDefinitions;
import vn.bienphong.emulation.report.persistence.ReportSubmissions;
import vn.bienphong.emulation.report.persistence.RosterRepository;
import vn.bienphong.emulation.report.persistence.SubmissionLookups;
import vn.bienphong.emulation.report.service.NewReportChecks;
import vn.bienphong.emulation.report.service.ReportDraft;
import vn.bienphong.emulation.report.service.RosterService;

/**
 * What reading the roster and the catalogue through to the database costs a submission: the one
 * statement of a report's check context, timed against the unit-year lock statement the submission
 * path runs anyway, each in a transaction of its own. Not part of the suite; run with
 * -Dtest=ReadThroughCost -Dsurefire.failIfNoSpecifiedTests=false.
 */
@QuarkusTest
class ReadThroughCost {

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;
    @Inject
    RosterRepository rosters;
    @Inject
    MetricDefinitions catalogue;
    @Inject
    NewReportChecks checks;
    @Inject
    ReportSubmissions submissions;
    @Inject
    SubmissionLookups lookups;

    @Test
    void measure() {
        Fixtures.cleanWithRosters(dataSource, roster);
        ReportDraft draft = new ReportDraft("BDBP-LANG-SON", 1, 2025, PeriodKind.MONTH, "2025-03", null, null,
                Map.of("borderPatrols", BigDecimal.TEN, "crimeCases", BigDecimal.ONE, "peopleRescued", BigDecimal.ONE,
                        "budgetCollectedVnd", BigDecimal.TEN, "fireworksSeizedKg", BigDecimal.ONE), List.of(), null);
        // what is timed must be the read that answers: the unit is found in the roster it reads through
        org.assertj.core.api.Assertions.assertThat(QuarkusTransaction.requiringNew().call(() ->
                rosters.lookup(List.of("BDBP-LANG-SON"), List.of(2025)).unitName("BDBP-LANG-SON"))).isNotBlank();
        int n = Integer.getInteger("probe.n", 4000);
        for (int round = 0; round < 3; round++) {
            long empty = time(n, () -> { });
            long lock = time(n, () -> submissions.lockUnitYear("BDBP-LANG-SON", 2025));
            long context = time(n, () -> checks.context(List.of(draft)));
            long lookup = time(n, () -> lookups.read(draft.figures().keySet(), List.of("BDBP-LANG-SON"), List.of(2025)));
            long rosterOnly = time(n, () -> rosters.lookup(List.of("BDBP-LANG-SON"), List.of(2025)));
            long catalogueOnly = time(n, () -> catalogue.of(draft.figures().keySet()));
            System.out.printf("ROUND %d (µs per transaction, n=%d): empty tx %.1f | lock+periods (existing) %.1f | "
                            + "check context (new, one statement) %.1f | same statement alone %.1f | roster alone %.1f | catalogue alone %.1f%n",
                    round, n, empty / 1000.0 / n, lock / 1000.0 / n, context / 1000.0 / n, lookup / 1000.0 / n,
                    rosterOnly / 1000.0 / n, catalogueOnly / 1000.0 / n);
        }
    }

    private static long time(int n, Runnable work) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            QuarkusTransaction.requiringNew().run(work);
        }
        return System.nanoTime() - start;
    }
}
