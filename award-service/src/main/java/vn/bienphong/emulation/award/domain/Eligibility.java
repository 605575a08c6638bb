package vn.bienphong.emulation.award.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks a nominee against an award's rules: each rule met or not and why; eligible when all are met. */
public final class Eligibility {

    private Eligibility() {
    }

    public record Verdict(String awardCode, String nominee, boolean eligible, List<RuleResult> rules) {
    }

    public static Verdict check(AwardForm award, Nominee nominee) {
        List<RuleResult> results = new ArrayList<>();
        if (!award.admits(nominee.kind())) {
            results.add(new RuleResult("RECIPIENT", award.name() + " is given to " + award.recipients().name().toLowerCase() + "s",
                    false, award.name() + " is not given to " + nominee.kind().name().toLowerCase() + "s", EligibilityRule.LAW));
        }
        for (EligibilityRule rule : award.rules()) {
            if (nominee.kind() == RecipientKind.INDIVIDUAL && !appliesToIndividuals(rule)) {
                continue;
            }
            results.add(rule.check(nominee));
        }
        return new Verdict(award.code(), nominee.describe(), results.stream().allMatch(RuleResult::met), results);
    }

    /** Standings, ballots and penalties are about units: they are not checked for an individual. */
    private static boolean appliesToIndividuals(EligibilityRule rule) {
        return rule instanceof EligibilityRule.TitleHeld;
    }

    /** The rule of a kind with its parameters, as the catalogue configures it. */
    public static EligibilityRule rule(String kind, Map<String, String> params, String awardCode) {
        return EligibilityRule.of(kind, params, awardCode);
    }
}
