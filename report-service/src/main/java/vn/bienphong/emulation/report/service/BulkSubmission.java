package vn.bienphong.emulation.report.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.report.domain.UnitPeriods;
import vn.bienphong.emulation.report.events.ReportEventPublisher;
import vn.bienphong.emulation.report.persistence.ReportEntity;
import vn.bienphong.emulation.report.persistence.ReportSubmissions;
import vn.bienphong.emulation.report.persistence.ReportVersionEntity;

/**
 * Many reports in one request, for a command system that reports for many units at once. Each
 * report is checked and stored on its own, with its own outcome (created, replayed, or refused with
 * its problem): one that is refused never holds the others back. The whole batch is one transaction
 * of a few statements whatever its size: its idempotency keys claimed, its units' years locked and
 * their reports read, the accepted reports and their versions inserted, their events written to the
 * outbox, the answers stored with their keys. The checks are those of a single submission
 * ({@link NewReportChecks}, {@link UnitPeriods}); reports of the same unit in one batch are checked
 * in the batch's order, so that of two overlapping ones the first is taken and the second refused.
 */
@ApplicationScoped
public class BulkSubmission {

    /** The scope of report keys: a single POST and a batch item with the same key are the same submission. */
    public static final String IDEMPOTENCY_SCOPE = "reports";

    /** One item of a batch as read from the request. */
    public sealed interface Item permits Submit, Unreadable {
        int index();

        String idempotencyKey();
    }

    /** A report to submit; {@code requestHash} recognises it when its key comes again (null without a key). */
    public record Submit(int index, String idempotencyKey, String requestHash, ReportDraft draft) implements Item {
    }

    /** An item that could not be read as a report: refused as it is, with its problem. */
    public record Unreadable(int index, String idempotencyKey, ProblemException problem) implements Item {
    }

    /** What the caller is answered for a created report, and what a retry with its key gets again. */
    public record Reply(String location, String body) {
    }

    /** The outcome of one item, at its index in the batch. */
    public sealed interface Outcome permits Created, Replayed, Refused {
        int index();

        String idempotencyKey();
    }

    public record Created(int index, String idempotencyKey, FiledReport report, Reply reply) implements Outcome {
    }

    /** The key was used before for the same report: its first answer, nothing stored again. */
    public record Replayed(int index, String idempotencyKey, int status, Reply reply) implements Outcome {
    }

    public record Refused(int index, String idempotencyKey, ProblemException problem) implements Outcome {
    }

    private final NewReportChecks checks;
    private final NewReportRecords records;
    private final ReportSubmissions submissions;
    private final ReportEventPublisher events;
    private final IdempotentRequests idempotent;

    public BulkSubmission(NewReportChecks checks, NewReportRecords records, ReportSubmissions submissions,
                          ReportEventPublisher events, IdempotentRequests idempotent) {
        this.checks = checks;
        this.records = records;
        this.submissions = submissions;
        this.events = events;
        this.idempotent = idempotent;
    }

    /** A checked report waiting for the check against its unit's other reports. */
    private record Accepted(Submit item, NewReportChecks.Checked checked) {
        ReportSubmissions.UnitYear unitYear() {
            return new ReportSubmissions.UnitYear(checked.draft().unitCode(), checked.draft().year());
        }
    }

    /**
     * Submits the items of a batch; {@code replyOf} words the answer to each created report (stored with
     * its key in the same transaction). Returns one outcome per item, in the items' order.
     */
    @Transactional
    public List<Outcome> submit(List<Item> items, Function<FiledReport, Reply> replyOf) {
        Outcome[] outcomes = new Outcome[items.size()];
        List<Submit> submits = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (Item item : items) {
            if (item instanceof Unreadable unreadable) {
                outcomes[item.index()] = new Refused(item.index(), item.idempotencyKey(), unreadable.problem());
                continue;
            }
            Submit submit = (Submit) item;
            String key = submit.idempotencyKey();
            if (key != null) {
                Integer first = firstWithKey.putIfAbsent(key, submit.index());
                if (first != null) {
                    outcomes[submit.index()] = refused(submit, ProblemException.conflict("the idempotency key " + key
                            + " is given to item " + first + " of this batch already; each report needs a key of its own"));
                    continue;
                }
                hashes.put(key, submit.requestHash());
            }
            submits.add(submit);
        }

        // keys first, then the units' years: the order a single submission takes them in too
        Map<String, IdempotentRequests.Earlier> earlier = idempotent.claimAll(IDEMPOTENCY_SCOPE, hashes);
        List<Accepted> accepted = new ArrayList<>();
        NewReportChecks.Context context = checks.context(submits.stream().map(Submit::draft).toList());
        for (Submit submit : submits) {
            IdempotentRequests.Earlier before = submit.idempotencyKey() == null ? null : earlier.get(submit.idempotencyKey());
            if (before != null) {
                outcomes[submit.index()] = before.requestHash().equals(submit.requestHash()) && before.status() != null
                        ? new Replayed(submit.index(), submit.idempotencyKey(), before.status(), new Reply(before.location(), before.body()))
                        : refused(submit, ProblemException.conflict("the idempotency key " + submit.idempotencyKey()
                        + " was used before with a different report"));
                continue;
            }
            try {
                accepted.add(new Accepted(submit, checks.check(submit.draft(), context)));
            } catch (ProblemException e) {
                outcomes[submit.index()] = refused(submit, e);
            }
        }
        if (!accepted.isEmpty()) {
            store(accepted, outcomes, replyOf);
        }

        List<String> released = new ArrayList<>();
        for (Submit submit : submits) {
            String key = submit.idempotencyKey();
            if (key != null && !earlier.containsKey(key) && outcomes[submit.index()] instanceof Refused) {
                released.add(key);
            }
        }
        idempotent.releaseAll(IDEMPOTENCY_SCOPE, released);
        return List.of(outcomes);
    }

    /** Under the locks of their units' years: each report checked against what its unit has, the others stored together. */
    private void store(List<Accepted> accepted, Outcome[] outcomes, Function<FiledReport, Reply> replyOf) {
        Set<ReportSubmissions.UnitYear> unitYears = new LinkedHashSet<>();
        accepted.forEach(a -> unitYears.add(a.unitYear()));
        ReportSubmissions.LockedUnitYears locked = submissions.lockUnitYears(unitYears);
        OffsetDateTime now = locked.transactionTime();

        Map<ReportSubmissions.UnitYear, UnitPeriods> periods = new HashMap<>();
        List<ReportEntity> reports = new ArrayList<>();
        List<ReportVersionEntity> versions = new ArrayList<>();
        List<ReportFiled> filed = new ArrayList<>();
        List<IdempotentRequests.Answer> answers = new ArrayList<>();
        for (Accepted a : accepted) {
            Submit submit = a.item();
            UnitPeriods unitPeriods = periods.computeIfAbsent(a.unitYear(),
                    unitYear -> new UnitPeriods(unitYear.unitCode(), locked.of(unitYear)));
            if (unitPeriods.check(a.checked().period()) instanceof UnitPeriods.Clash clash) {
                outcomes[submit.index()] = refused(submit, ProblemException.conflict(clash.reason()));
                continue;
            }
            NewReportRecords.Prepared prepared = records.prepare(a.checked(), UUID.randomUUID(), now);
            unitPeriods.add(prepared.report().id, a.checked().period());
            reports.add(prepared.report());
            versions.add(prepared.version());
            filed.add(prepared.event());
            Reply reply = replyOf.apply(prepared.filed());
            outcomes[submit.index()] = new Created(submit.index(), submit.idempotencyKey(), prepared.filed(), reply);
            if (submit.idempotencyKey() != null) {
                answers.add(new IdempotentRequests.Answer(submit.idempotencyKey(), 201, reply.location(), reply.body()));
            }
        }
        submissions.insertAll(reports, versions);
        events.reportsFiled(filed);
        idempotent.answerAll(IDEMPOTENCY_SCOPE, answers);
    }

    private static Refused refused(Submit submit, ProblemException problem) {
        return new Refused(submit.index(), submit.idempotencyKey(), problem);
    }
}
