package vn.bienphong.emulation.common.rules;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which reports count for which standing, the one rule both report-service (its year totals) and
 * award-service (its year standings and campaign standings) apply, so that the two always count
 * the same reports:
 * <ul>
 *   <li>a report of a regular period, kind {@code MONTH}, {@code QUARTER} or {@code YEAR}, counts
 *       toward its year: the year's totals and the year's standings;</li>
 *   <li>a {@code CAMPAIGN} report (a peak campaign, đợt thi đua cao điểm; its period label is the
 *       campaign's code) never counts toward the year: it counts only toward the standing of its
 *       own campaign, and only where a scoring scheme asks for that campaign.</li>
 * </ul>
 * Plain Java with no framework: report-service's totals and award-service's standings call the
 * same methods (the period kinds are those of the report events, {@code ReportFiled.Period.kind}).
 */
public final class ReportCounting {

    public static final String CAMPAIGN = "CAMPAIGN";

    /**
     * How a campaign is named: its code, 3 to 60 small letters, digits or dashes, starting with a
     * letter (e.g. {@code giai-phong-mien-nam-50}), as report-service takes it for a campaign report's
     * label; the standing of a campaign is named by the same code.
     */
    public static final Pattern CAMPAIGN_CODE = Pattern.compile("[a-z][a-z0-9-]{2,59}");

    /** What {@link #CAMPAIGN_CODE} asks, in words. */
    public static final String CAMPAIGN_CODE_RULE = "a campaign is named by a code of 3 to 60 small letters, digits or dashes,"
            + " starting with a letter (e.g. giai-phong-mien-nam-50)";

    /** Whether {@code code} can name a campaign (and so a campaign's standing). */
    public static boolean isCampaignCode(String code) {
        return code != null && CAMPAIGN_CODE.matcher(code).matches();
    }

    /** The kinds of the regular periods of a year. */
    public static final Set<String> REGULAR = Set.of("MONTH", "QUARTER", "YEAR");

    private ReportCounting() {
    }

    /** Whether a report of this period kind counts toward its year's totals and standing. */
    public static boolean countsTowardYear(String periodKind) {
        return periodKind != null && REGULAR.contains(periodKind.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a report counts toward the standing of the campaign {@code campaignCode}: only a
     * campaign report whose label is that campaign's code (letter case aside).
     */
    public static boolean countsTowardCampaign(String periodKind, String periodLabel, String campaignCode) {
        return CAMPAIGN.equalsIgnoreCase(periodKind) && periodLabel != null && campaignCode != null
                && !campaignCode.isBlank() && periodLabel.strip().equalsIgnoreCase(campaignCode.strip());
    }

    /**
     * The standing a report counts toward: the empty string for its year's, the campaign code
     * (as the report labels it) for a campaign report's, or null for a report of an unknown kind,
     * which counts toward nothing.
     */
    public static String standingOf(String periodKind, String periodLabel) {
        if (countsTowardYear(periodKind)) {
            return YEAR_STANDING;
        }
        if (CAMPAIGN.equalsIgnoreCase(periodKind) && periodLabel != null && !periodLabel.isBlank()) {
            return periodLabel.strip();
        }
        return null;
    }

    /** The key {@link #standingOf} gives for the year's standing. */
    public static final String YEAR_STANDING = "";
}
