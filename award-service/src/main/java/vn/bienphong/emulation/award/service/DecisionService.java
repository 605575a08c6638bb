package vn.bienphong.emulation.award.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.award.domain.AwardForm;
import vn.bienphong.emulation.award.events.AwardEventPublisher;
import vn.bienphong.emulation.award.events.CommendationEventPublisher;
import vn.bienphong.emulation.award.domain.Occasion;
import vn.bienphong.emulation.award.domain.RecipientKind;
import vn.bienphong.emulation.award.persistence.CommendationEntity;
import vn.bienphong.emulation.award.persistence.DecisionEntity;
import vn.bienphong.emulation.award.persistence.DossierEntity;
import vn.bienphong.emulation.common.query.Counted;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;

/**
 * The council's commendation decisions: made from dossiers decided APPROVED for one award; each commended
 * collective or individual becomes a commendation of its cluster and year (so the counts follow), with the
 * decision's number and date; the standings follow where a scheme rewards the award.
 */
@ApplicationScoped
public class DecisionService {

    private final AwardCatalogue catalogue;
    private final AwardEventPublisher awardEvents;
    private final CommendationEventPublisher events;
    private final StandingsCalculator standings;
    private final Caller caller;

    public DecisionService(AwardCatalogue catalogue, AwardEventPublisher awardEvents, CommendationEventPublisher events,
                           StandingsCalculator standings, Caller caller) {
        this.catalogue = catalogue;
        this.awardEvents = awardEvents;
        this.events = events;
        this.standings = standings;
        this.caller = caller;
    }

    public record NewDecision(String number, LocalDate date, String signerName, String signerTitle, String awardCode,
                              List<UUID> dossierIds, String reason) {
    }

    public record Commended(UUID dossierId, UUID commendationId, String recipientKind, String unitCode, String unitName,
                            @Schema(nullable = true) String personName, @Schema(nullable = true) String rank, @Schema(nullable = true) String position,
                            @Schema(nullable = true) String achievements, int clusterNumber, int year) {
    }

    public record Decision(UUID id, String number, LocalDate date, String signerName, String signerTitle, String awardCode,
                           String awardName, String certificateHeading, String reason, long collectives, long individuals,
                           List<Commended> commended, String issuedBy, OffsetDateTime issuedAt) {
    }

    @Transactional
    public Decision issue(NewDecision r) {
        AwardForm award = catalogue.find(r.awardCode())
                .orElseThrow(() -> ProblemException.invalidField("awardCode", r.awardCode() + " is not in the award catalogue"));
        String number = r.number().strip();
        if (DecisionEntity.count("number", number) > 0) {
            throw ProblemException.conflict("a decision numbered " + number + " was issued already");
        }
        Set<UUID> ids = new LinkedHashSet<>(r.dossierIds());
        if (ids.size() != r.dossierIds().size()) {
            throw ProblemException.invalidField("dossierIds", "names a dossier twice");
        }
        List<Problem.Violation> faults = new ArrayList<>();
        List<DossierEntity> dossiers = new ArrayList<>();
        int i = 0;
        for (UUID id : ids) {
            String field = "dossierIds[" + i++ + "]";
            DossierEntity d = DossierEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (d == null) {
                faults.add(new Problem.Violation(field, "no dossier " + id));
            } else if (!"DECIDED".equals(d.status) || !"APPROVED".equals(d.outcome)) {
                faults.add(new Problem.Violation(field, "the dossier of " + d.unitCode + " is " + d.status.toLowerCase()
                        + (d.outcome == null ? "" : " (" + d.outcome.toLowerCase() + ")") + "; a decision commends only dossiers the council approved"));
            } else if (!award.code().equals(d.awardCode)) {
                faults.add(new Problem.Violation(field, "the dossier of " + d.unitCode + " is for " + d.awardName + ", not " + award.name()));
            } else if (d.decisionId != null) {
                faults.add(new Problem.Violation(field, "the dossier of " + d.unitCode + " is in decision " + d.decisionId + " already"));
            } else {
                dossiers.add(d);
            }
        }
        if (!faults.isEmpty()) {
            throw new ProblemException(422, "Rule of the emulation work not met", ProblemException.describe(faults), faults);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        DecisionEntity e = new DecisionEntity();
        e.id = UUID.randomUUID();
        e.number = number;
        e.decisionDate = r.date();
        e.signerName = r.signerName().strip();
        e.signerTitle = r.signerTitle() == null || r.signerTitle().isBlank() ? award.decidingLevel().signerTitle() : r.signerTitle().strip();
        e.awardCode = award.code();
        e.awardName = award.name();
        e.reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        e.issuedBy = caller.name();
        e.issuedAt = now;
        e.persist();
        Set<String> rescore = new LinkedHashSet<>();
        for (DossierEntity d : dossiers) {
            CommendationEntity c = new CommendationEntity();
            c.id = UUID.randomUUID();
            c.clusterNumber = d.clusterNumber;
            c.year = d.year;
            c.recipientKind = RecipientKind.valueOf(d.recipientKind);
            c.unitCode = d.unitCode;
            c.personName = d.personName;
            c.quantity = 1;
            c.award = award.name();
            c.awardCode = award.code();
            c.occasion = "AD_HOC".equals(d.occasion) ? Occasion.AD_HOC : Occasion.REGULAR;
            c.decisionNumber = e.number;
            c.decisionDate = e.decisionDate;
            c.reason = e.reason;
            c.recordedBy = e.issuedBy;
            c.recordedAt = now;
            c.decisionId = e.id;
            c.dossierId = d.id;
            c.persist();
            d.decisionId = e.id;
            d.updatedAt = now;
            awardEvents.commendationRecorded(new AwardEventPublisher.CommendationRecorded(c.id, c.clusterNumber, c.year,
                    c.recipientKind.name(), c.unitCode, c.personName, c.quantity, c.award, c.awardCode, c.occasion.name(),
                    c.decisionNumber, c.decisionDate));
            if (c.recipientKind == RecipientKind.COLLECTIVE) {
                rescore.add(c.clusterNumber + "/" + c.year);
            }
        }
        for (String clusterYear : rescore) {
            String[] cy = clusterYear.split("/");
            standings.rescore(Integer.parseInt(cy[0]), Integer.parseInt(cy[1]), "decision " + e.number + ": " + award.code(), null);
        }
        Decision view = view(e);
        events.decisionIssued(new CommendationEventPublisher.DecisionIssued(e.id, e.number, e.decisionDate, e.signerName, e.signerTitle,
                e.awardCode, e.awardName, view.commended().stream().map(c -> new CommendationEventPublisher.DecisionIssued.Commended(
                        c.dossierId(), c.commendationId(), c.clusterNumber(), c.year(), c.recipientKind(), c.unitCode(), c.personName())).toList(),
                e.issuedAt));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Decision get(UUID id) {
        return view(DecisionEntity.<DecisionEntity>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no decision " + id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted<Decision> list(int page, int size) {
        var q = DecisionEntity.<DecisionEntity>findAll(Sort.by("decisionDate").descending().and("number"));
        return new Counted<>(q.page(page, size).list().stream().map(this::view).toList(), q.count());
    }

    private Decision view(DecisionEntity e) {
        List<Commended> commended = new ArrayList<>();
        for (CommendationEntity c : CommendationEntity.<CommendationEntity>list("decisionId", Sort.by("recipientKind").and("unitCode").and("personName").and("id"), e.id)) {
            DossierEntity d = c.dossierId == null ? null : DossierEntity.findById(c.dossierId);
            commended.add(new Commended(c.dossierId, c.id, c.recipientKind.name(), c.unitCode, d == null ? c.unitCode : d.unitName,
                    c.personName, d == null ? null : d.personRank, d == null ? null : d.personPosition, d == null ? null : d.achievements,
                    c.clusterNumber, c.year));
        }
        long collectives = commended.stream().filter(c -> "COLLECTIVE".equals(c.recipientKind())).count();
        String heading = catalogue.find(e.awardCode).map(AwardForm::certificateHeading).orElse("BẰNG KHEN");
        return new Decision(e.id, e.number, e.decisionDate, e.signerName, e.signerTitle, e.awardCode, e.awardName, heading, e.reason,
                collectives, commended.size() - collectives, commended, e.issuedBy, e.issuedAt);
    }
}
