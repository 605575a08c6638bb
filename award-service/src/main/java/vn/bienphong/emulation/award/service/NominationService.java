package vn.bienphong.emulation.award.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.bienphong.emulation.award.domain.NominationStatus;
import vn.bienphong.emulation.award.events.AwardEventPublisher;
import vn.bienphong.emulation.award.persistence.NominationEntity;
import vn.bienphong.emulation.common.query.Counted;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;

/** Nominations from closed ballots, and the council's decision on each. */
@ApplicationScoped
public class NominationService {

    private final AwardEventPublisher events;
    private final Caller caller;

    public NominationService(AwardEventPublisher events, Caller caller) {
        this.events = events;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted<AwardViews.Nomination> list(Integer cluster, Integer year, NominationStatus status, int page, int size) {
        Filter f = Filter.of(cluster, year, "status", status);
        var query = NominationEntity.<NominationEntity>find(f.query(), Sort.by("year").descending().and("clusterNumber")
                .and("award").and("votes", Sort.Direction.Descending).and("unitCode"), f.params());
        return new Counted<>(query.page(page, size).list().stream().map(NominationService::view).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AwardViews.Nomination get(UUID id) {
        return view(NominationEntity.<NominationEntity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no nomination " + id)));
    }

    @Transactional
    public AwardViews.Nomination decide(UUID id, AwardViews.NominationDecision request) {
        NominationEntity n = NominationEntity.<NominationEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("no nomination " + id));
        if (n.status != NominationStatus.PROPOSED) {
            throw ProblemException.conflict("the nomination was decided already: " + n.status + " by decision " + n.decisionNumber);
        }
        if (request.outcome() != NominationStatus.APPROVED && request.outcome() != NominationStatus.REJECTED) {
            throw ProblemException.invalidField("decision", "is APPROVED or REJECTED");
        }
        n.status = request.outcome();
        n.decisionNumber = request.decisionNumber().strip();
        n.decisionDate = request.decisionDate();
        n.decisionNote = request.note();
        n.decidedBy = caller.name();
        n.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        events.nominationDecided(new AwardEventPublisher.NominationDecided(n.id, n.ballotId, n.clusterNumber, n.year, n.award,
                n.unitCode, n.status.name(), n.decisionNumber, n.decisionDate, n.decidedAt));
        return view(n);
    }

    static AwardViews.Nomination view(NominationEntity n) {
        return new AwardViews.Nomination(n.id, n.ballotId, n.questionId, n.clusterNumber, n.year, n.award, n.unitCode, n.votes,
                n.share, n.status, n.decisionNumber, n.decisionDate, n.decisionNote, n.decidedAt, n.createdAt);
    }
}
