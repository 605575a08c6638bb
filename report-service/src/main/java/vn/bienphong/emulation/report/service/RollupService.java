package vn.bienphong.emulation.report.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.bienphong.emulation.common.jobs.JobClaims;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.report.persistence.SnapshotRepository;

/**
 * The nightly rollup: freezes the totals of every cluster and year into the snapshot of the day.
 * A snapshot is taken once per date (a second trigger on the same date returns the first) and
 * never changes, so two reads of it always agree.
 */
@ApplicationScoped
public class RollupService {

    private static final Logger LOG = Logger.getLogger(RollupService.class);

    static final String NIGHTLY_JOB = "nightly-rollup";

    private final SnapshotRepository snapshots;
    private final TotalsService totals;
    private final JobClaims claims;
    private final ZoneId zone;

    public RollupService(SnapshotRepository snapshots, TotalsService totals, JobClaims claims,
                         @ConfigProperty(name = "report.rollup.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.snapshots = snapshots;
        this.totals = totals;
        this.claims = claims;
        this.zone = zone;
    }

    public record Taken(boolean created, TotalsView.Snapshot snapshot) {
    }

    @Scheduled(cron = "${report.rollup.cron}", identity = "nightly-rollup",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        nightlyRollup().ifPresentOrElse(
                taken -> LOG.infof("nightly rollup %s: %s, %d reports", taken.snapshot().date(),
                        taken.created() ? "taken" : "was taken before", taken.snapshot().reportsCounted()),
                () -> LOG.debugf("nightly rollup of %s: another instance ran it", LocalDate.now(zone)));
    }

    /**
     * The scheduled rollup of today, run once across all instances (every instance's scheduler
     * fires it): the instance that claims the date runs it, in the claim's transaction; the others
     * find it claimed and return empty.
     */
    @Transactional
    public Optional<Taken> nightlyRollup() {
        LocalDate today = LocalDate.now(zone);
        if (!claims.claim(NIGHTLY_JOB, today.toString())) {
            return Optional.empty();
        }
        return Optional.of(takeSnapshot("SCHEDULE", "scheduler"));
    }

    @Transactional
    public Taken takeSnapshot(String trigger, String by) {
        LocalDate today = LocalDate.now(zone);
        boolean created = snapshots.take(today, trigger, by);
        return new Taken(created, read(today, null, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsView.Snapshot getSnapshot(LocalDate date, Integer year, Integer clusterNumber) {
        return read(date, year, clusterNumber);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TotalsView.SnapshotInfo> listSnapshots() {
        return snapshots.headers().stream()
                .map(h -> new TotalsView.SnapshotInfo(h.date(), h.takenAt(), h.trigger(), h.triggeredBy(), h.reportsCounted()))
                .toList();
    }

    private TotalsView.Snapshot read(LocalDate date, Integer year, Integer clusterNumber) {
        SnapshotRepository.Header header = snapshots.header(date)
                .orElseThrow(() -> ProblemException.notFound("no snapshot was taken on " + date));
        Map<String, Map<String, java.math.BigDecimal>> byClusterYear = new LinkedHashMap<>();
        for (SnapshotRepository.Total t : snapshots.totals(date, year, clusterNumber)) {
            byClusterYear.computeIfAbsent(t.clusterNumber() + "/" + t.year(), k -> new LinkedHashMap<>()).put(t.metric(), t.value());
        }
        List<TotalsView.ClusterTotals> clusters = new ArrayList<>();
        byClusterYear.forEach((key, values) -> {
            String[] parts = key.split("/");
            clusters.add(new TotalsView.ClusterTotals(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), totals.figures(values)));
        });
        return new TotalsView.Snapshot(header.date(), header.takenAt(), header.trigger(), header.triggeredBy(),
                header.reportsCounted(), clusters);
    }
}
