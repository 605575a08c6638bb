package vn.bienphong.emulation.award.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.award.api.SchemeDtos;
import vn.bienphong.emulation.award.domain.Adjustment;
import vn.bienphong.emulation.award.domain.AwardBonus;
import vn.bienphong.emulation.award.domain.Criterion;
import vn.bienphong.emulation.award.domain.ScoringScheme;
import vn.bienphong.emulation.award.domain.TieBreak;
import vn.bienphong.emulation.award.persistence.AdjustmentEntity;
import vn.bienphong.emulation.award.persistence.RosterStore;
import vn.bienphong.emulation.award.persistence.SchemeEntity;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;

/** The pact's scoring scheme of a cluster and year, and the council's bonus, penalty and inspection points; each change rescores the cluster. */
@ApplicationScoped
public class SchemeService {

    private final SchemeJson schemes;
    private final StandingsCalculator standings;
    private final RosterStore rosters;
    private final Caller caller;

    public SchemeService(SchemeJson schemes, StandingsCalculator standings, RosterStore rosters, Caller caller) {
        this.schemes = schemes;
        this.standings = standings;
        this.rosters = rosters;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SchemeDtos.Scheme get(int clusterNumber, int year) {
        return SchemeEntity.findFor(clusterNumber, year)
                .map(e -> view(clusterNumber, year, schemes.read(e.definition), false, e.revision, e.updatedAt, e.updatedBy))
                .orElseGet(() -> view(clusterNumber, year, ScoringScheme.defaultScheme(), true, 0, null, null));
    }

    /** Sets (or changes) the scheme; the standings follow at once. Returns whether it was new. */
    @Transactional
    public boolean put(int clusterNumber, int year, SchemeDtos.SchemeRequest request) {
        ScoringScheme scheme = toDomain(request);
        List<Problem.Violation> problems = scheme.violations().stream()
                .map(v -> new Problem.Violation(v.field(), v.message())).toList();
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        SchemeEntity e = SchemeEntity.findFor(clusterNumber, year).orElse(null);
        boolean created = e == null;
        if (created) {
            e = new SchemeEntity();
            e.clusterNumber = clusterNumber;
            e.year = year;
        }
        e.definition = schemes.write(scheme);
        e.revision++;
        e.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        e.updatedBy = caller.name();
        e.persist();
        standings.rescore(clusterNumber, year, "scheme revision " + e.revision, null);
        return created;
    }

    @Transactional
    public SchemeDtos.AdjustmentView addAdjustment(int clusterNumber, int year, SchemeDtos.AdjustmentRequest request) {
        var members = rosters.membersOf(clusterNumber, year);
        if (!members.isEmpty() && !members.containsKey(request.unitCode())) {
            throw ProblemException.ruleBroken(request.unitCode() + " is not a member of cluster " + clusterNumber + " in " + year);
        }
        ScoringScheme scheme = schemeFor(clusterNumber, year);
        if (request.kind() == Adjustment.Kind.INSPECTION) {
            Criterion c = request.criterionCode() == null ? null : scheme.criterion(request.criterionCode());
            if (c == null || c.kind() != Criterion.Kind.QUALITATIVE) {
                throw ProblemException.ruleBroken("inspection points need a QUALITATIVE criterion of the scheme; "
                        + (request.criterionCode() == null ? "none was named" : request.criterionCode() + " is not one"));
            }
        } else if (request.criterionCode() != null) {
            throw ProblemException.invalidField("criterionCode", "only INSPECTION points name a criterion");
        }
        AdjustmentEntity a = new AdjustmentEntity();
        a.id = UUID.randomUUID();
        a.clusterNumber = clusterNumber;
        a.year = year;
        a.unitCode = request.unitCode();
        a.kind = request.kind();
        a.criterionCode = request.criterionCode();
        a.points = request.points();
        a.reason = request.reason().strip();
        a.recordedBy = caller.name();
        a.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.persist();
        standings.rescore(clusterNumber, year, request.kind().name().toLowerCase() + " points for " + request.unitCode(), null);
        return view(a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchemeDtos.AdjustmentView> adjustments(int clusterNumber, int year) {
        return AdjustmentEntity.of(clusterNumber, year).stream().map(SchemeService::view).toList();
    }

    /** The scheme that scores a cluster and year: its own, or the default. */
    public ScoringScheme schemeFor(int clusterNumber, int year) {
        return schemes.schemeFor(clusterNumber, year);
    }

    static ScoringScheme toDomain(SchemeDtos.SchemeRequest r) {
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

    private static SchemeDtos.Scheme view(int cluster, int year, ScoringScheme s, boolean isDefault, int revision,
                                          OffsetDateTime at, String by) {
        return new SchemeDtos.Scheme(cluster, year, isDefault, revision,
                s.criteria().stream().map(c -> new SchemeDtos.CriterionDto(c.code(), c.title(), c.kind(), c.metricCode(),
                        c.weight(), c.target(), c.overshootCap(), c.aggregation())).toList(),
                s.awardBonuses().stream().map(b -> new SchemeDtos.AwardBonusDto(b.awardCode(), b.points())).toList(),
                s.tieBreaks().stream().map(t -> new SchemeDtos.TieBreakView(t.toString(), t.describe())).toList(),
                at, by);
    }

    private static SchemeDtos.AdjustmentView view(AdjustmentEntity a) {
        return new SchemeDtos.AdjustmentView(a.id, a.clusterNumber, a.year, a.unitCode, a.kind, a.criterionCode, a.points,
                a.reason, a.recordedBy, a.recordedAt);
    }
}
