package vn.bienphong.emulation.award.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.bienphong.emulation.award.domain.BallotValidity;
import vn.bienphong.emulation.award.persistence.BallotEntity;
import vn.bienphong.emulation.award.persistence.BallotStore;
import vn.bienphong.emulation.award.persistence.RosterStore;
import vn.bienphong.emulation.common.query.Counted;
import vn.bienphong.emulation.common.problem.ProblemException;

/** Ballots as the API shows them (counts, never who chose whom), and the minutes of a closed one. */
@ApplicationScoped
public class BallotQueries {

    private final BallotStore store;
    private final BallotJson json;
    private final RosterStore rosters;

    public BallotQueries(BallotStore store, BallotJson json, RosterStore rosters) {
        this.store = store;
        this.json = json;
        this.rosters = rosters;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BallotViews.Ballot get(UUID id) {
        return view(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted<BallotViews.Ballot> list(Integer cluster, Integer year, int page, int size) {
        Filter f = Filter.of(cluster, year);
        var query = BallotEntity.<BallotEntity>find(f.query(), Sort.by("year").descending().and("clusterNumber"), f.params());
        return new Counted<>(query.page(page, size).list().stream().map(this::view).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BallotViews.Minutes minutes(UUID id) {
        BallotEntity b = find(id);
        if (b.status != BallotEntity.Status.CLOSED) {
            throw ProblemException.conflict("the ballot is still open: the minutes are written when it closes");
        }
        BallotViews.Results r = json.results(b.results);
        var names = rosters.membersOf(b.clusterNumber, b.year);
        return new BallotViews.Minutes(b.id, b.clusterNumber, rosters.clusterName(b.clusterNumber, b.year).orElse(null), b.year,
                b.conferenceDate != null ? b.conferenceDate : b.closedAt.toLocalDate(), b.place, b.openedAt, b.closedAt,
                r.eligibleVoters(), json.codes(b.eligibleVoters), r.ballotsCast(), r.papersNeeded(), r.quorumRule(), r.voided(),
                r.validity(), r.questions(), r.nextChairUnitCode(),
                r.nextChairUnitCode() == null ? null : names.get(r.nextChairUnitCode()), r.chairFlag(), r.chairFlagReason());
    }

    BallotViews.Ballot view(BallotEntity b) {
        List<BallotViews.Question> questions = json.questions(b.questions).stream()
                .map(q -> new BallotViews.Question(q.id(), q.kind(), q.award(), q.quota(), q.threshold(), q.describeThreshold(),
                        q.candidates()))
                .toList();
        int eligible = json.codes(b.eligibleVoters).size();
        return new BallotViews.Ballot(b.id, b.clusterNumber, b.year, b.status.name(), b.conferenceDate, b.place,
                questions, eligible, store.ballotsCast(b.id), BallotValidity.papersNeeded(eligible, b.quorum),
                BallotValidity.describeQuorum(b.quorum), b.rotateIfNoneElected, b.openedAt, b.openedBy, b.closedAt,
                json.results(b.results));
    }

    private static BallotEntity find(UUID id) {
        return BallotEntity.<BallotEntity>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no ballot " + id));
    }
}
