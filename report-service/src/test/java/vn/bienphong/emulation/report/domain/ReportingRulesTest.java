package vn.bienphong.emulation.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which reports count for a period, when a unit may file another report, and how the model bank finds models. */
class ReportingRulesTest {

    @ParameterizedTest(name = "asked {0}, filed [{1}] -> reported {2}, missing [{3}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a month: its own report, or the quarter's or the year's that contains it
            "2025-03 | 2025-03                 | true  | -",
            "2025-03 | 2025-Q1                 | true  | -",
            "2025-03 | 2025                    | true  | -",
            "2025-03 | 2025-02 2025-04         | false | 2025-03",
            "2025-03 | 2025-Q2                 | false | 2025-03",
            "2025-03 | -                       | false | 2025-03",
            // a quarter: its report, the year's, or its three months one by one
            "2025-Q1 | 2025-Q1                 | true  | -",
            "2025-Q1 | 2025                    | true  | -",
            "2025-Q1 | 2025-01 2025-02 2025-03 | true  | -",
            "2025-Q1 | 2025-01 2025-03         | false | 2025-02",
            "2025-Q1 | 2025-03                 | false | 2025-01 2025-02",
            "2025-Q2 | 2025-Q1                 | false | 2025-04 2025-05 2025-06",
            // the year: its report, or quarters and months that cover every month
            "2025    | 2025                    | true  | -",
            "2025    | 2025-Q1 2025-Q2 2025-Q3 2025-Q4 | true | -",
            "2025    | 2025-Q1 2025-04 2025-05 2025-06 2025-Q3 2025-10 2025-11 2025-12 | true | -",
            "2025    | 2025-Q1 2025-Q2 2025-Q3 2025-10 2025-11 | false | 2025-12",
            "2025    | 2025-03                 | false | 2025-01 2025-02 2025-04 2025-05 2025-06 2025-07 2025-08 2025-09 2025-10 2025-11 2025-12",
            // campaigns count only for themselves
            "2025-03 | campaign:mien-nam-50    | false | 2025-03",
            "2025    | campaign:mien-nam-50    | false | 2025-01 2025-02 2025-03 2025-04 2025-05 2025-06 2025-07 2025-08 2025-09 2025-10 2025-11 2025-12",
            "mien-nam-50 | campaign:mien-nam-50 | true | -",
            "mien-nam-50 | campaign:bien-gioi-xanh 2025 | false | mien-nam-50",
            "mien-nam-50 | 2025-04                 | false | mien-nam-50"})
    void shouldCountTheReportsThatCoverTheAskedPeriod(String asked, String filed, boolean reported, String missing) {
        ReportingCoverage.Coverage coverage = ReportingCoverage.of(ReportingCoverage.askedPeriod(2025, asked), periods(filed));

        assertThat(coverage.reported()).isEqualTo(reported);
        assertThat(coverage.missing()).containsExactlyElementsOf(words(missing));
        if (reported) {
            assertThat(coverage.counted()).isNotEmpty();
        }
    }

    @Test
    void shouldNameTheReportsThatCountAndLeaveOutTheOthers() {
        ReportingCoverage.Coverage coverage = ReportingCoverage.of(ReportingCoverage.askedPeriod(2025, "2025-Q1"),
                periods("2025-02 2025-01 2025-04 campaign:mien-nam-50"));

        assertThat(coverage.counted()).extracting(ReportPeriod::label).containsExactly("2025-01", "2025-02");
        assertThat(coverage.missing()).containsExactly("2025-03");
    }

    @ParameterizedTest(name = "{0} in 2025 -> {1} {2}")
    @CsvSource({
            "2025,YEAR,2025", "2025-03,MONTH,2025-03", "2025-Q2,QUARTER,2025-Q2", "2025-q2,QUARTER,2025-Q2",
            "giai-phong-mien-nam-50,CAMPAIGN,giai-phong-mien-nam-50"})
    void shouldReadTheAskedPeriodFromItsLabel(String label, PeriodKind kind, String normalised) {
        ReportPeriod asked = ReportingCoverage.askedPeriod(2025, label);

        assertThat(asked.kind()).isEqualTo(kind);
        assertThat(asked.label()).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0} refused")
    @CsvSource(nullValues = "-", value = {"-", "'  '", "2024-03", "2025-13", "2025-3", "2025-Q5", "2024", "March", "Tháng 3"})
    void shouldRefuseALabelThatNamesNoPeriodOfTheYear(String label) {
        assertThatThrownBy(() -> ReportingCoverage.askedPeriod(2025, label)).isInstanceOf(ReportPeriod.InvalidPeriod.class)
                .satisfies(e -> assertThat(((ReportPeriod.InvalidPeriod) e).field()).startsWith("period"));
    }

    @ParameterizedTest(name = "filed [{0}], new {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-                    | 2025-03              | free",
            "2025-02 2025-04      | 2025-03              | free",
            "2025-03              | 2025-03              | has a report for 2025-03 already",
            "2025-03              | 2025-Q1              | the period 2025-Q1 overlaps the report for 2025-03",
            "2025-Q1              | 2025-02              | the period 2025-02 overlaps the report for 2025-Q1",
            "2025-Q4              | 2025                 | the period 2025 overlaps the report for 2025-Q4",
            "2025                 | campaign:mien-nam-50 | free",
            "campaign:mien-nam-50 | 2025-04              | free",
            "campaign:mien-nam-50 | campaign:mien-nam-50 | has a report for mien-nam-50 already",
            "campaign:mien-nam-50 | campaign:bien-gioi   | free"})
    void shouldLetAUnitFileOneReportPerPeriodAndNoOverlappingRegularOnes(String filed, String period, String expected) {
        List<UnitPeriods.Filed> reports = periods(filed).stream().map(p -> new UnitPeriods.Filed(UUID.randomUUID(), p)).toList();

        UnitPeriods.Check check = new UnitPeriods("BDBP-HUNG-YEN", reports).check(periods(period).get(0));

        if (expected.equals("free")) {
            assertThat(check).isInstanceOf(UnitPeriods.Free.class);
        } else {
            assertThat(check).isInstanceOfSatisfying(UnitPeriods.Clash.class,
                    clash -> assertThat(clash.reason()).contains(expected).contains("BDBP-HUNG-YEN"));
        }
    }

    @Test
    void shouldCheckAReportAgainstThoseAcceptedBeforeItInTheSameBatch() {
        UnitPeriods periods = new UnitPeriods("BDBP-HUNG-YEN", List.of());
        ReportPeriod march = periods("2025-03").get(0);
        assertThat(periods.check(march)).isInstanceOf(UnitPeriods.Free.class);

        periods.add(UUID.randomUUID(), march);

        assertThat(periods.check(periods("2025-Q1").get(0))).isInstanceOf(UnitPeriods.Clash.class);
        assertThat(periods.check(periods("2025-04").get(0))).isInstanceOf(UnitPeriods.Free.class);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "lang son            | true",
            "LẠNG SƠN            | true",
            "bdbp tinh lang son  | true",
            "son lang            | true",
            "dia chi nhan dao    | true",
            "hoc bong            | true",
            "120 suat            | true",
            "BDBP-LANG           | true",
            "-                   | true",
            "'   '               | true",
            "cao bang            | false",
            "lang son cao bang   | false",
            "nhan dao hai phong  | false"})
    void shouldFindModelsIgnoringDiacriticsAndCase(String query, boolean found) {
        assertThat(ModelSearch.of(query).matches("Mô hình \"Mỗi đồn biên phòng một địa chỉ nhân đạo\"", null,
                "120 suất học bổng", "BĐBP tỉnh Lạng Sơn", "BDBP-LANG-SON")).isEqualTo(found);
    }

    /** "2025-03 2025-Q1 2025 campaign:code" as the periods of 2025 they name. */
    private static List<ReportPeriod> periods(String labels) {
        List<ReportPeriod> periods = new ArrayList<>();
        for (String label : words(labels)) {
            if (label.startsWith("campaign:")) {
                periods.add(ReportPeriod.of(2025, PeriodKind.CAMPAIGN, label.substring(9), LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 4, 30)));
            } else {
                ReportPeriod asked = ReportingCoverage.askedPeriod(2025, label);
                periods.add(ReportPeriod.of(2025, asked.kind(), asked.label(), null, null));
            }
        }
        return periods;
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
