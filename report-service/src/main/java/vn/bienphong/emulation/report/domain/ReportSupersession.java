package vn.bienphong.emulation.report.domain;

/**
 * An amendment supersedes a version. A report's versions are numbered from 1 and never change; an
 * amendment adds the next version, which supersedes the current one, and from then on only it
 * stands: totals, the model bank and award-service's standings count each report's standing
 * version alone, never a superseded one. An amendment that says which version it corrects
 * ({@code basedOnVersion}) must correct the current one, or someone else's correction would be lost.
 * {@code TotalsRepository}'s condition {@code v.version = r.current_version} is this rule in SQL.
 */
public final class ReportSupersession {

    private ReportSupersession() {
    }

    /** What an amendment does to a report. */
    public sealed interface Amendment permits NextVersion, Stale {
    }

    /** The amendment becomes version {@code number}, superseding version {@code supersedes}. */
    public record NextVersion(int number, int supersedes) implements Amendment {
    }

    /** The amendment corrects a version that is no longer current: refused, nothing changes. */
    public record Stale(String reason) implements Amendment {
    }

    /**
     * @param currentVersion the report's current version (1 or more)
     * @param basedOnVersion the version the amendment says it corrects, or null when it does not say
     */
    public static Amendment amend(int currentVersion, Integer basedOnVersion) {
        if (currentVersion < 1) {
            throw new IllegalArgumentException("a report has version 1 at least, not " + currentVersion);
        }
        if (basedOnVersion != null && basedOnVersion != currentVersion) {
            return new Stale("the amendment is based on version " + basedOnVersion + " but the report is at version "
                    + currentVersion);
        }
        return new NextVersion(currentVersion + 1, currentVersion);
    }

    /** Whether {@code version} of a report stands (counts) while the report is at {@code currentVersion}. */
    public static boolean stands(int version, int currentVersion) {
        return version == currentVersion;
    }
}
