package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityRulesTest {

    private static final String LAW = EligibilityRule.LAW;

    /** A person of Lạng Sơn holding EMULATION_SOLDIER in the given years; nomination year 2025. */
    private static Nominee soldierWith(String award, Integer... years) {
        Map<Integer, Set<String>> held = new HashMap<>();
        Arrays.stream(years).forEach(y -> held.put(y, Set.of(award)));
        return new Nominee(RecipientKind.INDIVIDUAL, "BDBP-LANG-SON", "Nguyễn Văn Hùng", 2025, held, null, null, Set.of(), null);
    }

    static Stream<Arguments> titlesHeld() {
        return Stream.of(
                // times, within, consecutive, this year, years held, met, reason contains
                Arguments.of(3, 3, true, true, List.of(2023, 2024, 2025), true, "held EMULATION_SOLDIER in each year 2023–2025"),
                Arguments.of(3, 3, true, true, List.of(2022, 2024, 2025), false, "did not hold EMULATION_SOLDIER in 2023"),
                Arguments.of(3, 3, true, false, List.of(2022, 2023, 2024), true, "each year 2022–2024"),
                Arguments.of(3, 3, true, false, List.of(2023, 2024, 2025), false, "did not hold EMULATION_SOLDIER in 2022"),
                Arguments.of(2, 5, false, false, List.of(2020, 2022), true, "held EMULATION_SOLDIER in 2020, 2022"),
                Arguments.of(2, 5, false, false, List.of(2019, 2022), false, "1 times in 2020–2024 (2022); 2 needed"),
                Arguments.of(1, 1, false, true, List.of(2025), true, "in 2025"),
                Arguments.of(1, 1, false, true, List.of(), false, "0 times in 2025–2025; 1 needed"));
    }

    @ParameterizedTest(name = "{0} times within {1} years, consecutive={2}, this year={3}, held in {4} → {5}")
    @MethodSource("titlesHeld")
    void shouldCountTheYearsATitleWasHeld(int times, int within, boolean consecutive, boolean thisYear, List<Integer> held,
                                          boolean met, String reason) {
        var rule = new EligibilityRule.TitleHeld("EMULATION_SOLDIER", times, within, consecutive, thisYear, LAW);
        RuleResult r = rule.check(soldierWith("EMULATION_SOLDIER", held.toArray(Integer[]::new)));
        assertThat(r.met()).isEqualTo(met);
        assertThat(r.reason()).contains(reason);
        assertThat(r.source()).isEqualTo(LAW);
    }

    @ParameterizedTest(name = "rank {1} against at most {0} → {2}")
    @CsvSource(nullValues = "none", value = {
            "1, 1, true, ranks 1 in its cluster in 2025",
            "1, 2, false, ranks 2 in its cluster in 2025; 1 or better needed",
            "3, 3, true, ranks 3",
            "3, none, false, has no place in the cluster's standings of 2025"})
    void shouldCheckTheRankInTheStandings(int maxRank, Integer rank, boolean met, String reason) {
        RuleResult r = new EligibilityRule.StandingsRank(maxRank, LAW).check(unit(rank, null, Set.of(), null));
        assertThat(r.met()).isEqualTo(met);
        assertThat(r.reason()).contains(reason);
    }

    @ParameterizedTest(name = "score {1} against at least {0} → {2}")
    @CsvSource(nullValues = "none", value = {
            "90, 106.50, true, scored 106.50 in 2025",
            "90, 90, true, scored 90",
            "90, 89.99, false, scored 89.99 in 2025; 90 needed",
            "70, none, false, has no score"})
    void shouldCheckTheScoreInTheStandings(BigDecimal min, BigDecimal score, boolean met, String reason) {
        RuleResult r = new EligibilityRule.StandingsScore(min, LAW).check(unit(1, score, Set.of(), null));
        assertThat(r.met()).isEqualTo(met);
        assertThat(r.reason()).contains(reason);
    }

    @ParameterizedTest(name = "proposed for {0} → {1}")
    @CsvSource({
            "MINISTRY_FLAG, true, was proposed for MINISTRY_FLAG by the cluster's ballot of 2025",
            "COMMAND_FLAG, false, was not proposed for MINISTRY_FLAG by a closed ballot of 2025"})
    void shouldAskForTheBallotsProposal(String proposedFor, boolean met, String reason) {
        RuleResult r = new EligibilityRule.BallotProposal("MINISTRY_FLAG", EligibilityRule.DECREE).check(unit(1, null, Set.of(proposedFor), null));
        assertThat(r.met()).isEqualTo(met);
        assertThat(r.reason()).contains(reason);
        assertThat(r.source()).contains("98/2023/NĐ-CP");
    }

    @ParameterizedTest(name = "{0} penalty points → {1}")
    @CsvSource({
            "0, true, no penalty is recorded against BDBP-LANG-SON in 2025",
            "2.5, false, 2.5 penalty points are recorded against BDBP-LANG-SON in 2025"})
    void shouldRefuseAUnitWithAPenalty(BigDecimal points, boolean met, String reason) {
        RuleResult r = new EligibilityRule.NoPenalty(LAW).check(unit(1, null, Set.of(), points));
        assertThat(r.met()).isEqualTo(met);
        assertThat(r.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "TITLE_HELD|award=EMULATION_SOLDIER,times=3,consecutive=true|TitleHeld",
            "STANDINGS_RANK|maxRank=2|StandingsRank",
            "STANDINGS_SCORE|minScore=90.5|StandingsScore",
            "BALLOT_PROPOSAL||BallotProposal",
            "NO_PENALTY||NoPenalty"})
    void shouldMakeEachRuleKindFromTheCatalogue(String kind, String params, String type) {
        assertThat(Eligibility.rule(kind, params(params), "MINISTRY_FLAG").getClass().getSimpleName()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} {1} refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "GOLD_STAR||unknown rule kind GOLD_STAR",
            "TITLE_HELD|times=2|award is required",
            "TITLE_HELD|award=X,times=3,withinYears=2|a title held asks for 1 or more times within at least as many years",
            "STANDINGS_RANK||maxRank is required",
            "STANDINGS_RANK|maxRank=first|maxRank must be a whole number",
            "STANDINGS_SCORE|minScore=high|minScore must be a number"})
    void shouldRefuseARuleThatCannotBeChecked(String kind, String params, String message) {
        assertThatThrownBy(() -> Eligibility.rule(kind, params(params), "MINISTRY_FLAG")).hasMessageContaining(message);
    }

    @Test
    void shouldBeEligibleOnlyWhenEveryRuleIsMetAndTheRecipientFits() {
        AwardForm flag = new AwardForm("MINISTRY_FLAG", "Cờ thi đua của Bộ Quốc phòng", AwardForm.Kind.EMULATION_TITLE,
                AwardForm.Recipients.COLLECTIVE, AwardForm.DecidingLevel.MINISTER_OF_DEFENCE, AwardForm.Occasion.YEARLY, "CỜ THI ĐUA",
                List.of(new EligibilityRule.BallotProposal("MINISTRY_FLAG", LAW), new EligibilityRule.StandingsRank(1, LAW), new EligibilityRule.NoPenalty(LAW)));
        assertThat(Eligibility.check(flag, unit(1, null, Set.of("MINISTRY_FLAG"), null)).eligible()).isTrue();
        Eligibility.Verdict second = Eligibility.check(flag, unit(2, null, Set.of("MINISTRY_FLAG"), null));
        assertThat(second.eligible()).isFalse();
        assertThat(second.rules()).extracting(RuleResult::met).containsExactly(true, false, true);
        Eligibility.Verdict person = Eligibility.check(flag, soldierWith("ADVANCED_SOLDIER", 2025));
        assertThat(person.eligible()).isFalse();
        assertThat(person.rules().get(0).reason()).isEqualTo("Cờ thi đua của Bộ Quốc phòng is not given to individuals");
    }

    private static Nominee unit(Integer rank, BigDecimal score, Set<String> proposed, BigDecimal penalties) {
        return new Nominee(RecipientKind.COLLECTIVE, "BDBP-LANG-SON", null, 2025, Map.of(), rank, score, proposed, penalties);
    }

    private static Map<String, String> params(String text) {
        Map<String, String> p = new HashMap<>();
        if (text != null) {
            for (String kv : text.split(",")) {
                String[] parts = kv.split("=");
                p.put(parts[0], parts[1]);
            }
        }
        return p;
    }
}
