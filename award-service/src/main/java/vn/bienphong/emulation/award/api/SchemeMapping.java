package vn.bienphong.emulation.award.api;

import java.util.ArrayList;
import java.util.List;

import vn.bienphong.emulation.award.domain.AwardBonus;
import vn.bienphong.emulation.award.domain.Criterion;
import vn.bienphong.emulation.award.domain.ScoringScheme;
import vn.bienphong.emulation.award.domain.TieBreak;
import vn.bienphong.emulation.award.service.SchemeViews;
import vn.bienphong.emulation.common.problem.ProblemException;

/** Schemes and the council's points between the API's form and the service's. */
final class SchemeMapping {

    private SchemeMapping() {
    }

    static ScoringScheme scheme(SchemeDtos.SchemeRequest r) {
        List<Criterion> criteria = r.criteria().stream()
                .map(c -> new Criterion(c.code(), c.title() == null ? c.code() : c.title(), c.kind(), c.metricCode(),
                        c.weight(), c.target(), c.overshootCap(), c.aggregation()))
                .toList();
        List<AwardBonus> bonuses = r.awardBonuses() == null ? List.of()
                : r.awardBonuses().stream().map(b -> new AwardBonus(b.awardCode(), b.points())).toList();
        List<TieBreak> rules = new ArrayList<>();
        List<String> texts = r.tieBreaks() == null ? List.of() : r.tieBreaks();
        for (int i = 0; i < texts.size(); i++) {
            try {
                rules.add(TieBreak.parse(texts.get(i)));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("tieBreaks[" + i + "]", e.getMessage());
            }
        }
        return new ScoringScheme(criteria, bonuses, rules);
    }

    static SchemeDtos.Scheme scheme(SchemeViews.Scheme v) {
        ScoringScheme s = v.scheme();
        return new SchemeDtos.Scheme(v.clusterNumber(), v.year(), v.campaign(), v.isDefault(), v.revision(),
                s.criteria().stream().map(c -> new SchemeDtos.CriterionDto(c.code(), c.title(), c.kind(), c.metricCode(),
                        c.weight(), c.target(), c.overshootCap(), c.aggregation())).toList(),
                s.awardBonuses().stream().map(b -> new SchemeDtos.AwardBonusDto(b.awardCode(), b.points())).toList(),
                tieBreaks(s.tieBreaks()), v.updatedAt(), v.updatedBy());
    }

    static List<SchemeDtos.TieBreakView> tieBreaks(List<TieBreak> rules) {
        return rules.stream().map(t -> new SchemeDtos.TieBreakView(t.toString(), t.describe())).toList();
    }

    static SchemeViews.NewAdjustment adjustment(SchemeDtos.AdjustmentRequest r) {
        return new SchemeViews.NewAdjustment(r.unitCode(), r.kind(), r.criterionCode(), r.points(), r.reason());
    }

    static SchemeDtos.AdjustmentView adjustment(SchemeViews.RecordedAdjustment a) {
        return new SchemeDtos.AdjustmentView(a.id(), a.clusterNumber(), a.year(), a.unitCode(), a.kind(), a.criterionCode(),
                a.points(), a.reason(), a.recordedBy(), a.recordedAt());
    }
}
