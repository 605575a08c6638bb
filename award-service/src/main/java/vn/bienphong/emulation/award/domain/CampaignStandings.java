package vn.bienphong.emulation.award.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.bienphong.emulation.common.rules.ReportCounting;

/**
 * The standings of a peak campaign (đợt thi đua cao điểm), kept when a scheme asks for them, e.g.
 * the 50th anniversary of the liberation of the South with criteria of its own. Which reports count
 * toward them is {@link ReportCounting}'s: the campaign's reports only (never the year's, and a
 * campaign report never toward the year's standings). The rest is said here:
 * <ul>
 *   <li>a standing is named by the year and, for a campaign, the campaign's code (the label its
 *       reports carry): no code, or an empty one, is the year's standing;</li>
 *   <li>a campaign's scheme scores the figures of the campaign's reports: it gives no award bonuses
 *       and has no criterion scored by inspection, since commendations and the council's points are
 *       of the year and count toward the year's standings only;</li>
 *   <li>a campaign has no default scheme: its standings exist only once a scheme is set for it.</li>
 * </ul>
 */
public final class CampaignStandings {

    private CampaignStandings() {
    }

    /** The year's standing: what {@link ReportCounting#standingOf} gives for a month, quarter or year report. */
    public static final String YEAR = ReportCounting.YEAR_STANDING;

    /**
     * The standing a request names: the year's ({@link #YEAR}) for no campaign, the campaign's code
     * otherwise; or why the code cannot name a campaign.
     */
    public static Named named(String campaign) {
        if (campaign == null || campaign.isEmpty()) {
            return new Named(YEAR, null);
        }
        if (!ReportCounting.isCampaignCode(campaign)) {
            return new Named(null, "'" + campaign + "' is not a campaign's code: " + ReportCounting.CAMPAIGN_CODE_RULE);
        }
        return new Named(campaign, null);
    }

    /** A standing named by a request: {@code standing} ("" for the year's, or a campaign's code), or the {@code refusal}. */
    public record Named(String standing, String refusal) {

        public boolean isYear() {
            return YEAR.equals(standing);
        }

        public Optional<String> refused() {
            return Optional.ofNullable(refusal);
        }
    }

    /** What a campaign's scheme may not ask, as (field, message) pairs, beyond what any scheme may not ({@link ScoringScheme#violations}). */
    public static List<ScoringScheme.Violation> schemeViolations(ScoringScheme scheme) {
        List<ScoringScheme.Violation> found = new ArrayList<>();
        for (int i = 0; i < scheme.criteria().size(); i++) {
            if (scheme.criteria().get(i).kind() == Criterion.Kind.QUALITATIVE) {
                found.add(new ScoringScheme.Violation("criteria[" + i + "].kind", "a campaign's standings score the figures of its"
                        + " reports: METRIC criteria only (inspection points count toward the year's standings)"));
            }
        }
        if (!scheme.awardBonuses().isEmpty()) {
            found.add(new ScoringScheme.Violation("awardBonuses", "a campaign's standings give no award bonuses (commendations"
                    + " count toward the year's standings)"));
        }
        return found;
    }
}
