package vn.bienphong.emulation.common.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCountingTest {

    @ParameterizedTest(name = "a {0} report counts toward the year: {1}")
    @CsvSource(nullValues = "null", value = {
            "MONTH,    true",
            "QUARTER,  true",
            "YEAR,     true",
            "CAMPAIGN, false",
            "WEEK,     false",
            "month,    false",
            "null,     false"})
    void regularReportsCountTowardTheYear(String kind, boolean counts) {
        assertThat(ReportCounting.countsTowardYear(kind)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "a {0} report {1} counts toward campaign {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            "CAMPAIGN, GP-50NAM, GP-50NAM, true",
            "CAMPAIGN, GP-50NAM, CAO-DIEM-2025, false",
            "CAMPAIGN, GP-50NAM, null, false",
            "CAMPAIGN, gp-50nam, GP-50NAM, false",
            "YEAR,     2025,     2025, false",
            "MONTH,    2025-04,  GP-50NAM, false",
            "QUARTER,  2025-Q2,  GP-50NAM, false",
            "null,     GP-50NAM, GP-50NAM, false"})
    void aCampaignReportCountsTowardItsCampaignOnly(String kind, String label, String campaign, boolean counts) {
        assertThat(ReportCounting.countsTowardCampaign(kind, label, campaign)).isEqualTo(counts);
    }
}
