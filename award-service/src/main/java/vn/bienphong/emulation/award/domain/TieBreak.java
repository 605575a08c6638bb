package vn.bienphong.emulation.award.domain;

import java.util.Comparator;
import java.util.Locale;

/**
 * One rule of the order of a cluster's standings, written {@code TOTAL_SCORE},
 * {@code CRITERION:<code>}, {@code FEWER_PENALTY_POINTS} or {@code MORE_BONUS_POINTS}.
 * The scheme lists them; the first that separates two units decides which ranks higher.
 */
public record TieBreak(Rule rule, String criterionCode) {

    public enum Rule { TOTAL_SCORE, CRITERION, FEWER_PENALTY_POINTS, MORE_BONUS_POINTS }

    public static final TieBreak TOTAL_SCORE = new TieBreak(Rule.TOTAL_SCORE, null);
    public static final TieBreak FEWER_PENALTY_POINTS = new TieBreak(Rule.FEWER_PENALTY_POINTS, null);
    public static final TieBreak MORE_BONUS_POINTS = new TieBreak(Rule.MORE_BONUS_POINTS, null);

    public static TieBreak criterion(String code) {
        return new TieBreak(Rule.CRITERION, code);
    }

    /** @throws IllegalArgumentException with a readable reason */
    public static TieBreak parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a tie-break rule is empty");
        }
        String[] parts = text.strip().split(":", 2);
        Rule rule;
        try {
            rule = Rule.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown tie-break rule " + text
                    + " (TOTAL_SCORE, CRITERION:<code>, FEWER_PENALTY_POINTS, MORE_BONUS_POINTS)");
        }
        if (rule == Rule.CRITERION) {
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException("CRITERION needs a criterion code: CRITERION:<code>");
            }
            return criterion(parts[1].strip());
        }
        return new TieBreak(rule, null);
    }

    /** Orders the better unit first. */
    Comparator<UnitScore> comparator() {
        return switch (rule) {
            case TOTAL_SCORE -> Comparator.comparing(UnitScore::total).reversed();
            case CRITERION -> Comparator.comparing((UnitScore s) -> s.pointsOf(criterionCode)).reversed();
            case FEWER_PENALTY_POINTS -> Comparator.comparing(UnitScore::penaltyPoints);
            case MORE_BONUS_POINTS -> Comparator.comparing(UnitScore::bonusPoints).reversed();
        };
    }

    public String describe() {
        return switch (rule) {
            case TOTAL_SCORE -> "higher total score";
            case CRITERION -> "more points on criterion " + criterionCode;
            case FEWER_PENALTY_POINTS -> "fewer penalty points";
            case MORE_BONUS_POINTS -> "more bonus points";
        };
    }

    @Override
    public String toString() {
        return rule == Rule.CRITERION ? "CRITERION:" + criterionCode : rule.name();
    }
}
