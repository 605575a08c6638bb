package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignStandingsTest {

    @ParameterizedTest(name = "campaign [{0}] names standing [{1}], refused: {2}")
    @CsvSource(nullValues = "null", value = {
            "null, '', false",
            "'', '', false",
            "giai-phong-mien-nam-50, giai-phong-mien-nam-50, false",
            "tet-2025, tet-2025, false",
            "GP50, null, true",
            "ab, null, true",
            "'giai phong', null, true",
            "50-nam, null, true"})
    void shouldNameTheYearsStandingOrACampaignsByItsCode(String campaign, String standing, boolean refused) {
        CampaignStandings.Named named = CampaignStandings.named(campaign);
        assertThat(named.standing()).isEqualTo(standing);
        assertThat(named.refused().isPresent()).isEqualTo(refused);
        named.refused().ifPresent(reason -> assertThat(reason).contains("is not a campaign's code").doesNotContain("Exception"));
        assertThat(named.isYear()).isEqualTo("".equals(standing));
    }

    private static Criterion metric(String code) {
        return Criterion.metric(code, "crimeCases", "50", null, null);
    }

    private static final Criterion INSPECTED = Criterion.qualitative("discipline", "20");

    static Stream<Arguments> schemes() {
        return Stream.of(
                Arguments.of(new ScoringScheme(List.of(metric("crime")), List.of(), null), List.of()),
                Arguments.of(new ScoringScheme(List.of(metric("crime"), INSPECTED), List.of(), null), List.of("criteria[1].kind")),
                Arguments.of(new ScoringScheme(List.of(metric("crime")),
                        List.of(new AwardBonus("MINISTRY_FLAG", new java.math.BigDecimal("15"))), null), List.of("awardBonuses")),
                Arguments.of(new ScoringScheme(List.of(INSPECTED),
                        List.of(new AwardBonus("MINISTRY_FLAG", new java.math.BigDecimal("15"))), null),
                        List.of("criteria[0].kind", "awardBonuses")));
    }

    @ParameterizedTest(name = "[{index}] refused fields {1}")
    @MethodSource("schemes")
    void shouldScoreACampaignOnTheFiguresOfItsReportsOnly(ScoringScheme scheme, List<String> refusedFields) {
        assertThat(CampaignStandings.schemeViolations(scheme).stream().map(ScoringScheme.Violation::field).toList())
                .containsExactlyElementsOf(refusedFields);
    }
}
