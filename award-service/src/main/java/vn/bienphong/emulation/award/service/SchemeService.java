package vn.bienphong.emulation.award.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.award.domain.Adjustment;
import vn.bienphong.emulation.award.domain.CampaignStandings;
import vn.bienphong.emulation.award.domain.Criterion;
import vn.bienphong.emulation.award.domain.ScoringScheme;
import vn.bienphong.emulation.award.persistence.AdjustmentEntity;
import vn.bienphong.emulation.award.persistence.CampaignSchemeEntity;
import vn.bienphong.emulation.award.persistence.RosterStore;
import vn.bienphong.emulation.award.persistence.SchemeEntity;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;

/**
 * The pact's scoring scheme of a cluster and year, the schemes of its peak campaigns
 * ({@link CampaignStandings}), and the council's bonus, penalty and inspection points; each change
 * rescores the standing it belongs to.
 */
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

    /**
     * The scheme of the year ({@code campaign} null or empty: its own or the default), or of a campaign
     * (404 when none was set: a campaign has no default).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SchemeViews.Scheme get(int clusterNumber, int year, String campaign) {
        CampaignStandings.Named named = named(campaign);
        if (named.isYear()) {
            return SchemeEntity.findFor(clusterNumber, year)
                    .map(e -> new SchemeViews.Scheme(clusterNumber, year, null, false, e.revision, schemes.read(e.definition),
                            e.updatedAt, e.updatedBy))
                    .orElseGet(() -> new SchemeViews.Scheme(clusterNumber, year, null, true, 0, ScoringScheme.defaultScheme(), null, null));
        }
        return CampaignSchemeEntity.findFor(clusterNumber, year, named.standing())
                .map(e -> new SchemeViews.Scheme(clusterNumber, year, e.campaign, false, e.revision, schemes.read(e.definition),
                        e.updatedAt, e.updatedBy))
                .orElseThrow(() -> noCampaignScheme(clusterNumber, year, named.standing()));
    }

    /** Sets (or changes) the scheme of the year or of a campaign; that standing follows at once. Returns whether it was new. */
    @Transactional
    public boolean put(int clusterNumber, int year, String campaign, ScoringScheme scheme) {
        CampaignStandings.Named named = named(campaign);
        List<ScoringScheme.Violation> violations = new ArrayList<>(scheme.violations());
        if (!named.isYear()) {
            violations.addAll(CampaignStandings.schemeViolations(scheme));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations.stream().map(v -> new Problem.Violation(v.field(), v.message())).toList());
        }
        return named.isYear() ? putYear(clusterNumber, year, scheme) : putCampaign(clusterNumber, year, named.standing(), scheme);
    }

    private boolean putYear(int clusterNumber, int year, ScoringScheme scheme) {
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

    private boolean putCampaign(int clusterNumber, int year, String campaign, ScoringScheme scheme) {
        CampaignSchemeEntity e = CampaignSchemeEntity.findFor(clusterNumber, year, campaign).orElse(null);
        boolean created = e == null;
        if (created) {
            e = new CampaignSchemeEntity();
            e.clusterNumber = clusterNumber;
            e.year = year;
            e.campaign = campaign;
        }
        e.definition = schemes.write(scheme);
        e.revision++;
        e.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        e.updatedBy = caller.name();
        e.persist();
        standings.rescoreCampaign(clusterNumber, year, campaign, "campaign " + campaign + " scheme revision " + e.revision);
        return created;
    }

    @Transactional
    public SchemeViews.RecordedAdjustment addAdjustment(int clusterNumber, int year, SchemeViews.NewAdjustment request) {
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
    public List<SchemeViews.RecordedAdjustment> adjustments(int clusterNumber, int year) {
        return AdjustmentEntity.of(clusterNumber, year).stream().map(SchemeService::view).toList();
    }

    /** The scheme that scores a cluster and year: its own, or the default. */
    public ScoringScheme schemeFor(int clusterNumber, int year) {
        return schemes.schemeFor(clusterNumber, year);
    }

    /** The standing a request names ({@link CampaignStandings#named}); a code that cannot name a campaign is a 400. */
    static CampaignStandings.Named named(String campaign) {
        CampaignStandings.Named named = CampaignStandings.named(campaign);
        named.refused().ifPresent(reason -> {
            throw ProblemException.invalidField("campaign", reason);
        });
        return named;
    }

    static ProblemException noCampaignScheme(int clusterNumber, int year, String campaign) {
        return ProblemException.notFound("cluster " + clusterNumber + " has no scheme for the campaign " + campaign + " in " + year
                + ": a campaign's standings are kept once the council sets its scheme");
    }

    private static SchemeViews.RecordedAdjustment view(AdjustmentEntity a) {
        return new SchemeViews.RecordedAdjustment(a.id, a.clusterNumber, a.year, a.unitCode, a.kind, a.criterionCode, a.points,
                a.reason, a.recordedBy, a.recordedAt);
    }
}
