package vn.bienphong.emulation.award.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.award.domain.AwardForm;
import vn.bienphong.emulation.award.domain.Eligibility;
import vn.bienphong.emulation.award.domain.EligibilityRule;
import vn.bienphong.emulation.award.domain.RecipientKind;
import vn.bienphong.emulation.award.domain.RuleResult;
import vn.bienphong.emulation.common.api.EmulationYears;

/** What the award catalogue and the eligibility check take and give. */
public final class CatalogueDtos {

    private CatalogueDtos() {
    }

    public record Rule(String kind, String requirement, Map<String, Object> params, String source) {
    }

    public record Award(String code, String name, String kind, String recipients, String decidingLevel, String signerTitle,
                        String occasion, String certificateHeading, List<Rule> rules) {
    }

    /** A rule to configure: its kind and parameters (e.g. {"award": "EMULATION_SOLDIER", "times": "3", "consecutive": "true"}), and its legal source. */
    public record RuleRequest(
            @NotBlank(message = "is required: TITLE_HELD, STANDINGS_RANK, STANDINGS_SCORE, BALLOT_PROPOSAL or NO_PENALTY") String kind,
            Map<String, String> params,
            @NotBlank(message = "names the law, decree or circular the rule comes from") @Size(max = 500, message = "must be at most 500 characters") String source) {
    }

    public record RulesRequest(@NotNull(message = "is required (an empty list for none)") @Size(max = 20, message = "at most 20 rules") List<@Valid @NotNull(message = "must be a rule") RuleRequest> rules) {
    }

    /** One nominee to check: a collective (a unit) or an individual of a unit. */
    public record NomineeRequest(
            @NotBlank(message = "is required, e.g. MINISTRY_FLAG") @Pattern(regexp = SchemeDtos.CODE_PATTERN, message = SchemeDtos.CODE_MESSAGE) String awardCode,
            @NotNull(message = "is required: COLLECTIVE or INDIVIDUAL") RecipientKind recipientKind,
            @NotBlank(message = "is required") @Pattern(regexp = SchemeDtos.UNIT_PATTERN, message = SchemeDtos.UNIT_MESSAGE) String unitCode,
            @Size(max = 200, message = "must be at most 200 characters") String personName) {
    }

    public record EligibilityRequest(
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer clusterNumber,
            @NotNull(message = "is required") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) Integer year,
            @NotNull(message = "is required") @Size(min = 1, max = 100, message = "names 1 to 100 nominees") List<@Valid @NotNull(message = "must be a nominee") NomineeRequest> nominees) {
    }

    @Schema(examples = """
            {"rule": "STANDINGS_RANK", "requirement": "ranked at most 1 in its cluster", "met": true, "reason": "ranked 1 of 6 in cluster 1, 2025",
             "source": "Nghị định 98/2023/NĐ-CP"}""")
    public record RuleCheck(String rule, String requirement, boolean met, String reason, String source) {
        static RuleCheck of(RuleResult r) {
            return new RuleCheck(r.rule(), r.requirement(), r.met(), r.reason(), r.source());
        }
    }

    @Schema(examples = """
            {"awardCode": "MINISTRY_FLAG", "nominee": "BDBP-QUANG-NINH", "eligible": true, "rules": [{"rule": "STANDINGS_RANK", "requirement": "ranked at most 1 in its cluster", "met": true, "reason": "ranked 1 of 6 in cluster 1, 2025",
             "source": "Nghị định 98/2023/NĐ-CP"}]}""")
    public record Verdict(String awardCode, String nominee, boolean eligible, List<RuleCheck> rules) {
        static Verdict of(Eligibility.Verdict v) {
            return new Verdict(v.awardCode(), v.nominee(), v.eligible(), v.rules().stream().map(RuleCheck::of).toList());
        }
    }

    public record EligibilityAnswer(int clusterNumber, int year, List<Verdict> verdicts) {
    }

    static Award award(AwardForm f) {
        return new Award(f.code(), f.name(), f.kind().name(), f.recipients().name(), f.decidingLevel().name(),
                f.decidingLevel().signerTitle(), f.occasion().name(), f.certificateHeading(), f.rules().stream().map(CatalogueDtos::rule).toList());
    }

    static Rule rule(EligibilityRule r) {
        Map<String, Object> params = Map.of();
        if (r instanceof EligibilityRule.TitleHeld t) {
            params = Map.of("award", t.awardCode(), "times", t.times(), "withinYears", t.withinYears(),
                    "consecutive", t.consecutive(), "includingThisYear", t.includingThisYear());
        } else if (r instanceof EligibilityRule.StandingsRank s) {
            params = Map.of("maxRank", s.maxRank());
        } else if (r instanceof EligibilityRule.StandingsScore s) {
            params = Map.of("minScore", s.minScore());
        }
        return new Rule(r.kind(), r.requirement(), params, r.source());
    }
}
