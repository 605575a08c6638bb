package vn.bienphong.emulation.award.api;

import java.util.List;

import vn.bienphong.emulation.award.service.BallotViews;

/** Ballots between the API's form and the service's. */
final class BallotMapping {

    private BallotMapping() {
    }

    static BallotViews.NewBallot ballot(BallotDtos.OpenBallot r) {
        return new BallotViews.NewBallot(r.clusterNumber(), r.year(), r.conferenceDate(), r.place(),
                r.questions().stream().map(q -> new BallotViews.NewQuestion(q.id(), q.kind(), q.award(), q.quota(), q.threshold(),
                        q.thresholdInclusive(), q.candidates())).toList(),
                r.quorum(), Boolean.TRUE.equals(r.rotateIfNoneElected()));
    }

    static BallotViews.Paper paper(BallotDtos.Vote v) {
        return new BallotViews.Paper(v.unitCode(), v.choices());
    }

    static BallotDtos.VoteReceipt receipt(BallotViews.VoteReceipt r) {
        return new BallotDtos.VoteReceipt(r.ballotId(), r.unitCode(), r.castAt(), r.ballotsCast());
    }

    static BallotDtos.Ballot ballot(BallotViews.Ballot b) {
        return new BallotDtos.Ballot(b.id(), b.clusterNumber(), b.year(), b.status(), b.conferenceDate(), b.place(),
                b.questions().stream().map(q -> new BallotDtos.Question(q.id(), q.kind(), q.award(), q.quota(), q.threshold(),
                        q.thresholdRule(), q.candidates())).toList(),
                b.eligibleVoters(), b.ballotsCast(), b.papersNeeded(), b.quorumRule(), b.rotateIfNoneElected(), b.openedAt(),
                b.openedBy(), b.closedAt(), results(b.results()));
    }

    static BallotDtos.Minutes minutes(BallotViews.Minutes m) {
        return new BallotDtos.Minutes(m.ballotId(), m.clusterNumber(), m.clusterName(), m.year(), m.conferenceDate(), m.place(),
                m.openedAt(), m.closedAt(), m.eligibleVoters(), m.eligibleVoterUnits(), m.ballotsCast(), m.papersNeeded(),
                m.quorumRule(), m.voided(), m.validity(), questions(m.questions()), m.nextChairUnitCode(), m.nextChairUnitName(),
                m.chairFlag(), m.chairFlagReason());
    }

    private static BallotDtos.Results results(BallotViews.Results r) {
        return r == null ? null : new BallotDtos.Results(r.closedAt(), r.eligibleVoters(), r.ballotsCast(), questions(r.questions()),
                r.nextChairUnitCode(), r.voided(), r.papersNeeded(), r.quorumRule(), r.validity(), r.chairFlag(), r.chairFlagReason());
    }

    private static List<BallotDtos.QuestionResult> questions(List<BallotViews.QuestionResult> questions) {
        return questions.stream().map(q -> new BallotDtos.QuestionResult(q.questionId(), q.kind(), q.award(), q.quota(), q.threshold(),
                q.thresholdRule(), q.candidates().stream().map(c -> new BallotDtos.CandidateResult(c.unitCode(), c.unitName(),
                        c.votes(), c.share(), c.passedThreshold(), c.proposed())).toList(),
                q.proposed(), q.tieDecision(), q.outcome())).toList();
    }
}
