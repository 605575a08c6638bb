package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bienphong.emulation.award.domain.ReportSupersession.Home;
import vn.bienphong.emulation.award.domain.ReportSupersession.Version;

class ReportSupersessionTest {

    private static final Home CAO_BANG = new Home(1, 2025, "BDBP-CAO-BANG");
    private static final Home LANG_SON = new Home(1, 2025, "BDBP-LANG-SON");

    private static Map<String, BigDecimal> figures(Object... pairs) {
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            f.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return f;
    }

    @Test
    void shouldAddTheFiguresOfANewReport() {
        assertThat(ReportSupersession.changes(null, new Version(CAO_BANG, 1, figures("borderPatrols", 1800, "fireworksSeizedKg", "12.5"))))
                .contains(Map.of(CAO_BANG, figures("borderPatrols", 1800, "fireworksSeizedKg", "12.5")));
    }

    @Test
    void shouldReplaceTheHeldVersionByTheDifference() {
        Version v1 = new Version(CAO_BANG, 1, figures("borderPatrols", 1800, "crimeCases", 40));
        Version v2 = new Version(CAO_BANG, 2, figures("borderPatrols", 1830, "crimeCases", 40, "peopleRescued", 3));
        assertThat(ReportSupersession.changes(v1, v2))
                .contains(Map.of(CAO_BANG, figures("borderPatrols", 30, "peopleRescued", 3)));
    }

    @Test
    void shouldChangeNothingForAVersionThatIsNotNewer() {
        Version v2 = new Version(CAO_BANG, 2, figures("borderPatrols", 1830));
        assertThat(ReportSupersession.changes(v2, new Version(CAO_BANG, 1, figures("borderPatrols", 1800)))).isEmpty();
        assertThat(ReportSupersession.changes(v2, v2)).isEmpty();
    }

    @Test
    void shouldMoveTheFiguresWhenTheReportChangesUnit() {
        Version v1 = new Version(CAO_BANG, 1, figures("borderPatrols", 100));
        Version v2 = new Version(LANG_SON, 2, figures("borderPatrols", 120));
        assertThat(ReportSupersession.changes(v1, v2))
                .contains(Map.of(CAO_BANG, figures("borderPatrols", -100), LANG_SON, figures("borderPatrols", 120)));
    }

    @Test
    void shouldAccumulateTheChangesOfABatch() {
        Map<Home, Map<String, BigDecimal>> total = new HashMap<>();
        ReportSupersession.accumulate(total, Map.of(CAO_BANG, figures("borderPatrols", 100)));
        ReportSupersession.accumulate(total, Map.of(CAO_BANG, figures("borderPatrols", 20, "crimeCases", 1)));
        assertThat(total).isEqualTo(Map.of(CAO_BANG, figures("borderPatrols", 120, "crimeCases", 1)));
    }

    @ParameterizedTest(name = "a {0} report labelled {1} counts in the totals of [{2}]")
    @CsvSource(nullValues = "null", value = {
            "YEAR, 2025, ''",
            "QUARTER, 2025-Q2, ''",
            "MONTH, 2025-03, ''",
            "CAMPAIGN, GP50, GP50",
            "WEEK, 2025-W01, null"})
    void shouldCountARegularReportInTheYearAndACampaignReportInItsCampaignOnly(String kind, String label, String campaign) {
        assertThat(ReportSupersession.homeOf(1, 2025, "BDBP-CAO-BANG", kind, label).map(Home::campaign).orElse(null))
                .isEqualTo(campaign);
    }

    @Test
    void shouldKeepAYearReportAndACampaignReportInTotalsApart() {
        Home campaign = ReportSupersession.homeOf(1, 2025, "BDBP-CAO-BANG", "CAMPAIGN", "GP50").orElseThrow();
        Map<Home, Map<String, BigDecimal>> total = new HashMap<>();
        ReportSupersession.accumulate(total, ReportSupersession.changes(null, new Version(CAO_BANG, 1, figures("crimeCases", 149))).orElseThrow());
        ReportSupersession.accumulate(total, ReportSupersession.changes(null, new Version(campaign, 1, figures("crimeCases", 7))).orElseThrow());
        assertThat(total).isEqualTo(Map.of(CAO_BANG, figures("crimeCases", 149), campaign, figures("crimeCases", 7)));
        assertThat(CAO_BANG.isYear()).isTrue();
        assertThat(campaign.isYear()).isFalse();
    }
}
