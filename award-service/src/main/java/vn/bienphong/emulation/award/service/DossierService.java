package vn.bienphong.emulation.award.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.bienphong.emulation.award.domain.AwardForm;
import vn.bienphong.emulation.award.domain.DossierFiling;
import vn.bienphong.emulation.award.domain.DossierWorkflow;
import vn.bienphong.emulation.award.domain.Eligibility;
import vn.bienphong.emulation.award.domain.RecipientKind;
import vn.bienphong.emulation.award.events.CommendationEventPublisher;
import vn.bienphong.emulation.award.persistence.AttachmentEntity;
import vn.bienphong.emulation.award.persistence.DossierEntity;
import vn.bienphong.emulation.award.persistence.DossierHistoryEntity;
import vn.bienphong.emulation.award.persistence.RosterStore;
import vn.bienphong.emulation.common.events.contract.BallotClosed;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.query.Counted;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.common.security.Roles;

/** Nomination dossiers: filed by a unit or the council, or from a closed ballot; moved through the workflow; their history. */
@ApplicationScoped
public class DossierService {

    public static final String FILE = "FILE";

    private final AwardCatalogue catalogue;
    private final EligibilityService eligibility;
    private final RosterStore rosters;
    private final CommendationEventPublisher events;
    private final Caller caller;

    public DossierService(AwardCatalogue catalogue, EligibilityService eligibility, RosterStore rosters,
                          CommendationEventPublisher events, Caller caller) {
        this.catalogue = catalogue;
        this.eligibility = eligibility;
        this.rosters = rosters;
        this.events = events;
        this.caller = caller;
    }

    /** A dossier to file: the nominee (a collective, or a person of a unit with rank and position) and the achievements. */
    public record NewDossier(Integer clusterNumber, Integer year, String awardCode, RecipientKind recipientKind,
                             String unitCode, String personName, String rank, String position, String achievements,
                             AwardForm.Occasion occasion) {
        DossierFiling.Filing filing() {
            return new DossierFiling.Filing(clusterNumber, year, awardCode, recipientKind, unitCode, personName, occasion);
        }
    }

    /** The problems of a filing, each with its field; none when it can be stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DossierFiling.Problem> problems(NewDossier d) {
        Map<String, String> members = d.clusterNumber() == null || d.year() == null ? Map.of() : rosters.membersOf(d.clusterNumber(), d.year());
        return DossierFiling.problems(d.filing(), catalogue.find(d.awardCode()), members);
    }

    /** A unit files for itself, the council for anyone. */
    @Transactional
    public DossierViews.Dossier file(NewDossier d) {
        caller.requireMayActFor(d.unitCode());
        List<DossierFiling.Problem> problems = problems(d);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems.stream().map(p -> new Problem.Violation(p.field(), p.message())).toList());
        }
        String source = caller.hasRole(Roles.COUNCIL) ? "COUNCIL" : "UNIT";
        return view(create(d, source, caller.name(), role(), null));
    }

    /** Files every dossier, all or none (a spreadsheet's import): the caller has checked their problems. */
    @Transactional
    public List<DossierViews.Dossier> fileAll(List<NewDossier> dossiers, String source) {
        List<DossierViews.Dossier> created = new ArrayList<>();
        for (NewDossier d : dossiers) {
            if (!problems(d).isEmpty()) {
                throw ProblemException.ruleBroken("a dossier of the import no longer passes its checks: " + d.unitCode());
            }
            created.add(view(create(d, source, caller.name(), role(), null)));
        }
        return created;
    }

    /** A dossier for each unit a closed ballot proposed for an award; a ballot's dossiers are made once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fromBallot(BallotClosed ballot) {
        Map<String, String> members = rosters.membersOf(ballot.clusterNumber(), ballot.year());
        int made = 0;
        for (BallotClosed.QuestionResult q : ballot.questions()) {
            if (!"AWARD".equals(q.kind())) {
                continue;
            }
            for (BallotClosed.CandidateResult c : q.candidates()) {
                if (!c.proposed() || DossierEntity.count("ballotId = ?1 and questionId = ?2 and unitCode = ?3", ballot.ballotId(), q.questionId(), c.unitCode()) > 0) {
                    continue;
                }
                Optional<AwardForm> award = catalogue.byName(q.award());
                NewDossier d = new NewDossier(ballot.clusterNumber(), ballot.year(), award.map(AwardForm::code).orElse(null),
                        RecipientKind.COLLECTIVE, c.unitCode(), null, null, null, null, AwardForm.Occasion.YEARLY);
                DossierEntity e = create(d, "BALLOT", "ballot " + ballot.ballotId(), DossierWorkflow.Role.SYSTEM,
                        "proposed by the ballot of cluster " + ballot.clusterNumber() + " for " + ballot.year() + " with " + c.votes() + " votes");
                e.awardName = award.map(AwardForm::name).orElse(q.award());
                e.unitName = members.getOrDefault(c.unitCode(), e.unitName);
                e.ballotId = ballot.ballotId();
                e.questionId = q.questionId();
                e.votes = c.votes();
                made++;
            }
        }
        return made;
    }

    /** Moves a dossier: RECEIVE, RETURN (reason), RESUBMIT, FORWARD (eligible, or the council's override), DECIDE (APPROVED or REJECTED). */
    @Transactional
    public DossierViews.Dossier move(UUID id, DossierWorkflow.Action action, String reason, String override, String outcome) {
        DossierEntity d = DossierEntity.<DossierEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("no dossier " + id));
        boolean eligible = true;
        if (action == DossierWorkflow.Action.FORWARD) {
            eligible = d.awardCode != null && eligibility.check(d.clusterNumber, d.year, d.awardCode,
                    RecipientKind.valueOf(d.recipientKind), d.unitCode, d.personName).eligible();
        }
        if (action == DossierWorkflow.Action.DECIDE && !"APPROVED".equals(outcome) && !"REJECTED".equals(outcome)) {
            throw ProblemException.invalidField("outcome", "is required to decide: APPROVED or REJECTED");
        }
        DossierWorkflow.Status from = DossierWorkflow.Status.valueOf(d.status);
        DossierWorkflow.Actor actor = new DossierWorkflow.Actor(role(), caller.unitCode().orElse(null));
        DossierWorkflow.Outcome o = DossierWorkflow.check(from, action, actor, d.unitCode, reason, eligible, override);
        if (!o.allowed()) {
            throw switch (o.refusal()) {
                case NOT_ALLOWED -> ProblemException.forbidden(o.reason());
                case WRONG_STATUS -> ProblemException.conflict(o.reason());
                case REASON_MISSING -> ProblemException.invalidField("reason", o.reason());
                case NOT_ELIGIBLE -> ProblemException.ruleBroken(o.reason());
            };
        }
        String why = reason;
        if (action == DossierWorkflow.Action.FORWARD && !eligible) {
            d.overrideReason = override.strip();
            why = "forwarded by the council's override: " + d.overrideReason;
        }
        if (action == DossierWorkflow.Action.DECIDE) {
            d.outcome = outcome;
            why = outcome + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        }
        d.status = o.to().name();
        d.updatedAt = now();
        record(d, action.name(), from.name(), caller.name(), role(), why);
        return view(d);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DossierViews.Dossier get(UUID id) {
        return view(DossierEntity.<DossierEntity>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no dossier " + id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Eligibility.Verdict eligibility(UUID id) {
        DossierEntity d = DossierEntity.<DossierEntity>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no dossier " + id));
        if (d.awardCode == null) {
            throw ProblemException.ruleBroken("the dossier's award (" + d.awardName + ") is not in the award catalogue");
        }
        return eligibility.check(d.clusterNumber, d.year, d.awardCode, RecipientKind.valueOf(d.recipientKind), d.unitCode, d.personName);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DossierViews.HistoryEntry> history(UUID id) {
        get(id);
        return DossierHistoryEntity.<DossierHistoryEntity>list("dossierId", Sort.by("at").and("id"), id).stream()
                .map(DossierViews.HistoryEntry::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted<DossierViews.Dossier> list(Integer cluster, Integer year, String status, String unit, int page, int size) {
        Filter f = Filter.of(cluster, year, "status", status);
        String query = f.query();
        List<Object> params = new ArrayList<>(List.of(f.params()));
        if (unit != null) {
            params.add(unit);
            query = query + " and unitCode = ?" + params.size();
        }
        var q = DossierEntity.<DossierEntity>find(query, Sort.by("year").descending().and("clusterNumber").and("createdAt").and("id"), params.toArray());
        return new Counted<>(q.page(page, size).list().stream().map(this::view).toList(), q.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DossierEntity> all(Integer cluster, Integer year) {
        Filter f = Filter.of(cluster, year);
        return DossierEntity.<DossierEntity>find(f.query(), Sort.by("year").and("clusterNumber").and("createdAt").and("id"), f.params()).list();
    }

    private DossierEntity create(NewDossier n, String source, String by, DossierWorkflow.Role role, String reason) {
        OffsetDateTime now = now();
        DossierEntity d = new DossierEntity();
        d.id = UUID.randomUUID();
        d.clusterNumber = n.clusterNumber();
        d.year = n.year();
        d.awardCode = n.awardCode();
        d.awardName = catalogue.find(n.awardCode()).map(AwardForm::name).orElse(n.awardCode() == null ? "?" : n.awardCode());
        d.recipientKind = n.recipientKind().name();
        d.unitCode = n.unitCode();
        d.unitName = rosters.membersOf(n.clusterNumber(), n.year()).get(n.unitCode());
        d.personName = strip(n.personName());
        d.personRank = strip(n.rank());
        d.personPosition = strip(n.position());
        d.achievements = strip(n.achievements());
        d.occasion = (n.occasion() == null ? AwardForm.Occasion.YEARLY : n.occasion()).name();
        d.source = source;
        d.status = DossierWorkflow.Status.SUBMITTED.name();
        d.filedBy = by;
        d.createdAt = now;
        d.updatedAt = now;
        d.persist();
        record(d, FILE, null, by, role, reason);
        return d;
    }

    private void record(DossierEntity d, String action, String from, String by, DossierWorkflow.Role role, String reason) {
        DossierHistoryEntity h = new DossierHistoryEntity();
        h.id = UUID.randomUUID();
        h.dossierId = d.id;
        h.action = action;
        h.fromStatus = from;
        h.toStatus = d.status;
        h.actor = by;
        h.actorRole = role.name();
        h.reason = reason == null || reason.isBlank() ? null : reason.strip();
        h.at = d.updatedAt;
        h.persist();
        events.dossierMoved(new CommendationEventPublisher.DossierMoved(d.id, d.clusterNumber, d.year, d.awardCode, d.awardName,
                d.recipientKind, d.unitCode, d.personName, action, from, d.status, d.outcome, by, role.name(), h.reason, h.at));
    }

    DossierViews.Dossier view(DossierEntity d) {
        return DossierViews.Dossier.of(d, DossierWorkflow.next(DossierWorkflow.Status.valueOf(d.status)).stream().map(Enum::name).toList(),
                AttachmentEntity.list("dossierId", Sort.by("uploadedAt").and("id"), d.id));
    }

    private DossierWorkflow.Role role() {
        if (caller.hasRole(Roles.COUNCIL)) {
            return DossierWorkflow.Role.COUNCIL;
        }
        if (caller.hasRole(Roles.UNIT)) {
            return DossierWorkflow.Role.UNIT;
        }
        return caller.hasRole(Roles.SYSTEM) ? DossierWorkflow.Role.SYSTEM : DossierWorkflow.Role.VIEWER;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
