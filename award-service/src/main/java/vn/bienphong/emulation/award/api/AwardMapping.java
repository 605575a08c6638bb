package vn.bienphong.emulation.award.api;

import vn.bienphong.emulation.award.domain.NominationStatus;
import vn.bienphong.emulation.award.service.AwardViews;

/** Nominations and commendations between the API's form and the service's. */
final class AwardMapping {

    private AwardMapping() {
    }

    static AwardDtos.Nomination nomination(AwardViews.Nomination n) {
        return new AwardDtos.Nomination(n.id(), n.ballotId(), n.questionId(), n.clusterNumber(), n.year(), n.award(), n.unitCode(),
                n.votes(), n.share(), n.status().name(), n.decisionNumber(), n.decisionDate(), n.decisionNote(), n.decidedAt(),
                n.createdAt());
    }

    static AwardViews.NominationDecision decision(AwardDtos.DecisionRequest r) {
        return new AwardViews.NominationDecision(
                r.decision() == AwardDtos.Decision.APPROVED ? NominationStatus.APPROVED : NominationStatus.REJECTED,
                r.decisionNumber(), r.decisionDate(), r.note());
    }

    static AwardViews.NewCommendation commendation(AwardDtos.NewCommendation r) {
        return new AwardViews.NewCommendation(r.clusterNumber(), r.year(), r.recipientKind(), r.unitCode(), r.personName(),
                r.quantity(), r.award(), r.awardCode(), r.occasion(), r.decisionNumber(), r.decisionDate(), r.reason());
    }

    static AwardDtos.Commendation commendation(AwardViews.Commendation c) {
        return new AwardDtos.Commendation(c.id(), c.clusterNumber(), c.year(), c.recipientKind().name(), c.unitCode(), c.personName(),
                c.quantity(), c.award(), c.awardCode(), c.occasion().name(), c.decisionNumber(), c.decisionDate(), c.reason(),
                c.recordedAt());
    }

    static AwardDtos.CommendationSummary summary(AwardViews.CommendationSummary s) {
        return new AwardDtos.CommendationSummary(s.clusterNumber(), s.year(), s.collectives(), s.individuals(),
                s.byAward().stream().map(a -> new AwardDtos.AwardCount(a.award(), a.collectives(), a.individuals())).toList());
    }
}
