package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A condition an award's nominee must meet, configured per award in the catalogue (a kind and its
 * parameters) and naming the legal text it comes from. Each kind is a small plain rule.
 */
public sealed interface EligibilityRule {

    String LAW = "Luật Thi đua, khen thưởng số 06/2022/QH15";
    String DECREE = "Nghị định 98/2023/NĐ-CP";

    /** The kind, as the catalogue names it. */
    String kind();

    /** What it asks for, in words. */
    String requirement();

    /** The law, decree or circular it comes from. */
    String source();

    RuleResult check(Nominee nominee);

    default RuleResult result(boolean met, String reason) {
        return new RuleResult(kind(), requirement(), met, reason, source());
    }

    /**
     * A title or commendation held {@code times} times within the {@code withinYears} years ending with the
     * nominee's year ({@code includingThisYear}) or the year before; {@code consecutive}: in a row, ending with the last of those years.
     */
    record TitleHeld(String awardCode, int times, int withinYears, boolean consecutive, boolean includingThisYear,
                     String source) implements EligibilityRule {
        public TitleHeld {
            if (times < 1 || withinYears < times) {
                throw new IllegalArgumentException("a title held asks for 1 or more times within at least as many years");
            }
        }

        @Override
        public String kind() {
            return "TITLE_HELD";
        }

        @Override
        public String requirement() {
            String years = includingThisYear ? "ending with the year of the nomination" : "before the year of the nomination";
            return consecutive ? awardCode + " in the " + times + " consecutive years " + years
                    : awardCode + " at least " + times + " times in the " + withinYears + " years " + years;
        }

        @Override
        public RuleResult check(Nominee n) {
            int last = includingThisYear ? n.year() : n.year() - 1;
            List<Integer> heldIn = new ArrayList<>();
            for (int y = last - withinYears + 1; y <= last; y++) {
                if (n.held(awardCode, y)) {
                    heldIn.add(y);
                }
            }
            if (consecutive) {
                List<Integer> missing = new ArrayList<>();
                for (int y = last - times + 1; y <= last; y++) {
                    if (!n.held(awardCode, y)) {
                        missing.add(y);
                    }
                }
                return missing.isEmpty()
                        ? result(true, n.describe() + " held " + awardCode + " in each year " + (last - times + 1) + "–" + last)
                        : result(false, n.describe() + " did not hold " + awardCode + " in " + join(missing)
                        + (heldIn.isEmpty() ? "" : " (held it in " + join(heldIn) + ")"));
            }
            return heldIn.size() >= times
                    ? result(true, n.describe() + " held " + awardCode + " in " + join(heldIn))
                    : result(false, n.describe() + " held " + awardCode + " " + heldIn.size() + " times in "
                    + (last - withinYears + 1) + "–" + last + (heldIn.isEmpty() ? "" : " (" + join(heldIn) + ")") + "; " + times + " needed");
        }

        private static String join(List<Integer> years) {
            return String.join(", ", years.stream().map(String::valueOf).toList());
        }
    }

    /** A rank in the cluster's standings of the year no lower than {@code maxRank}. */
    record StandingsRank(int maxRank, String source) implements EligibilityRule {
        public StandingsRank {
            if (maxRank < 1) {
                throw new IllegalArgumentException("maxRank must be 1 or more");
            }
        }

        @Override
        public String kind() {
            return "STANDINGS_RANK";
        }

        @Override
        public String requirement() {
            return maxRank == 1 ? "first in the cluster's standings of the year" : "among the first " + maxRank + " of the cluster's standings of the year";
        }

        @Override
        public RuleResult check(Nominee n) {
            if (n.rank() == null) {
                return result(false, n.unitCode() + " has no place in the cluster's standings of " + n.year());
            }
            return n.rank() <= maxRank ? result(true, n.unitCode() + " ranks " + n.rank() + " in its cluster in " + n.year())
                    : result(false, n.unitCode() + " ranks " + n.rank() + " in its cluster in " + n.year() + "; " + maxRank + " or better needed");
        }
    }

    /** A score in the cluster's standings of the year of at least {@code minScore}. */
    record StandingsScore(BigDecimal minScore, String source) implements EligibilityRule {
        public StandingsScore {
            if (minScore == null || minScore.signum() < 0) {
                throw new IllegalArgumentException("minScore must be a number, 0 or more");
            }
        }

        @Override
        public String kind() {
            return "STANDINGS_SCORE";
        }

        @Override
        public String requirement() {
            return "a score of at least " + minScore.toPlainString() + " in the cluster's standings of the year";
        }

        @Override
        public RuleResult check(Nominee n) {
            if (n.score() == null) {
                return result(false, n.unitCode() + " has no score in the cluster's standings of " + n.year());
            }
            return n.score().compareTo(minScore) >= 0
                    ? result(true, n.unitCode() + " scored " + n.score().toPlainString() + " in " + n.year())
                    : result(false, n.unitCode() + " scored " + n.score().toPlainString() + " in " + n.year() + "; " + minScore.toPlainString() + " needed");
        }
    }

    /** Proposed for this award by its cluster's closed year-end ballot (bình xét, suy tôn). */
    record BallotProposal(String awardCode, String source) implements EligibilityRule {
        @Override
        public String kind() {
            return "BALLOT_PROPOSAL";
        }

        @Override
        public String requirement() {
            return "proposed for " + awardCode + " by the cluster's closed ballot of the year";
        }

        @Override
        public RuleResult check(Nominee n) {
            return n.proposedFor().contains(awardCode)
                    ? result(true, n.unitCode() + " was proposed for " + awardCode + " by the cluster's ballot of " + n.year())
                    : result(false, n.unitCode() + " was not proposed for " + awardCode + " by a closed ballot of " + n.year());
        }
    }

    /** No penalty points recorded against the unit in the year (units only; no penalties of persons are kept). */
    record NoPenalty(String source) implements EligibilityRule {
        @Override
        public String kind() {
            return "NO_PENALTY";
        }

        @Override
        public String requirement() {
            return "no penalty recorded against the unit in the year";
        }

        @Override
        public RuleResult check(Nominee n) {
            return n.penaltyPoints().signum() == 0
                    ? result(true, "no penalty is recorded against " + n.unitCode() + " in " + n.year())
                    : result(false, n.penaltyPoints().toPlainString() + " penalty points are recorded against " + n.unitCode() + " in " + n.year());
        }
    }

    /**
     * A rule from its kind and parameters as the catalogue keeps them.
     *
     * @throws IllegalArgumentException naming what is wrong, in the catalogue's words
     */
    static EligibilityRule of(String kind, Map<String, String> params, String awardCode) {
        String source = params.getOrDefault("source", LAW);
        return switch (kind == null ? "" : kind) {
            case "TITLE_HELD" -> new TitleHeld(required(params, "award"), number(params, "times", "1"),
                    number(params, "withinYears", params.getOrDefault("times", "1")),
                    Boolean.parseBoolean(params.getOrDefault("consecutive", "false")),
                    Boolean.parseBoolean(params.getOrDefault("includingThisYear", "false")), source);
            case "STANDINGS_RANK" -> new StandingsRank(number(params, "maxRank", null), source);
            case "STANDINGS_SCORE" -> {
                try {
                    yield new StandingsScore(new BigDecimal(required(params, "minScore")), source);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("minScore must be a number");
                }
            }
            case "BALLOT_PROPOSAL" -> new BallotProposal(awardCode, source);
            case "NO_PENALTY" -> new NoPenalty(source);
            default -> throw new IllegalArgumentException("unknown rule kind " + kind
                    + ": one of TITLE_HELD, STANDINGS_RANK, STANDINGS_SCORE, BALLOT_PROPOSAL, NO_PENALTY");
        };
    }

    private static String required(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v.strip();
    }

    private static int number(Map<String, String> params, String name, String fallback) {
        String v = params.getOrDefault(name, fallback);
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }
}
