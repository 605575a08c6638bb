package vn.bienphong.emulation.common.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCountingTest {

    @ParameterizedTest(name = "a {0} report counts toward its year: {1}")
    @CsvSource(nullValues = "null", value = {
            "MONTH, true",
            "QUARTER, true",
            "YEAR, true",
            "year, true",
            "CAMPAIGN, false",
            "WEEK, false",
            "null, false"})
    void shouldCountOnlyRegularPeriodsTowardTheYear(String kind, boolean counts) {
        assertThat(ReportCounting.countsTowardYear(kind)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0} {1} toward campaign {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            "CAMPAIGN, GP50, GP50, true",
            "CAMPAIGN, gp50, GP50, true",
            "CAMPAIGN, GP50, TET2025, false",
            "CAMPAIGN, GP50, null, false",
            "CAMPAIGN, null, GP50, false",
            "YEAR, 2025, 2025, false",
            "MONTH, 2025-04, GP50, false",
            "QUARTER, GP50, GP50, false"})
    void shouldCountACampaignReportOnlyTowardItsOwnCampaign(String kind, String label, String campaign, boolean counts) {
        assertThat(ReportCounting.countsTowardCampaign(kind, label, campaign)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0} {1} counts toward standing [{2}]")
    @CsvSource(nullValues = "null", value = {
            "YEAR, 2025, ''",
            "MONTH, 2025-03, ''",
            "QUARTER, 2025-Q1, ''",
            "CAMPAIGN, GP50, GP50",
            "CAMPAIGN, ' GP50 ', GP50",
            "CAMPAIGN, null, null",
            "WEEK, 2025-W10, null"})
    void shouldNameTheOneStandingAReportCountsToward(String kind, String label, String standing) {
        assertThat(ReportCounting.standingOf(kind, label)).isEqualTo(standing);
    }

    @ParameterizedTest(name = "[{0}] names a campaign: {1}")
    @CsvSource(nullValues = "null", value = {
            "giai-phong-mien-nam-50, true",
            "tet-2025, true",
            "abc, true",
            "ab, false",
            "GP50, false",
            "50-nam, false",
            "giai phong, false",
            "'', false",
            "null, false"})
    void shouldTellACampaignCodeByReportServicesFormat(String code, boolean isCode) {
        assertThat(ReportCounting.isCampaignCode(code)).isEqualTo(isCode);
    }
}
