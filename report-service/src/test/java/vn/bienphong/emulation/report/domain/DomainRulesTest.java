package vn.bienphong.emulation.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bienphong.emulation.infra.testing.ArchitectureRules;

class DomainRulesTest {

    static final Map<String, MetricDefinition> CATALOGUE = Map.of(
            "crimeCases", new MetricDefinition("crimeCases", "Vụ", "Cases", "vụ", ValueKind.COUNT, 0, new BigDecimal("10000000000"), Aggregation.SUM, true),
            "budgetCollectedVnd", new MetricDefinition("budgetCollectedVnd", "Thu", "Budget", "đồng", ValueKind.MONEY_VND, 0, new BigDecimal("1000000000000000"), Aggregation.SUM, true),
            "drugsSeizedGrams", new MetricDefinition("drugsSeizedGrams", "Ma túy", "Drugs", "gam", ValueKind.DECIMAL, 3, new BigDecimal("1000000000000"), Aggregation.SUM, true),
            "retired", new MetricDefinition("retired", "Cũ", "Old", "x", ValueKind.COUNT, 0, BigDecimal.TEN, Aggregation.SUM, false));

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "crimeCases         | 908                | null",
            "crimeCases         | 908.0              | null",
            "crimeCases         | 0                  | null",
            "crimeCases         | -1                 | must not be negative",
            "crimeCases         | 2.5                | whole number",
            "crimeCases         | 10000000001        | at most 10000000000",
            "budgetCollectedVnd | 78000000000        | null",
            "budgetCollectedVnd | 1000000000000000   | null",
            "budgetCollectedVnd | 1000000000000001   | at most 1000000000000000",
            "budgetCollectedVnd | 10.5               | whole number of đồng",
            "drugsSeizedGrams   | 49.661             | null",
            "drugsSeizedGrams   | 49.6610            | null",
            "drugsSeizedGrams   | 49.6615            | at most 3 decimals",
            "noSuchMetric       | 1                  | unknown metric",
            "retired            | 1                  | unknown metric"})
    void shouldCheckEachFigureAgainstTheCatalogue(String code, String value, String problem) {
        FigureRules.Outcome outcome = FigureRules.check(Map.of(code, new BigDecimal(value)), CATALOGUE);
        if (problem == null) {
            assertThat(outcome.valid()).isTrue();
            assertThat(outcome.figures().get(code)).isEqualByComparingTo(value);
        } else {
            assertThat(outcome.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("figures." + code);
                assertThat(v.message()).contains(problem);
            });
        }
    }

    @Test
    void shouldRefuseAnEmptyReport() {
        assertThat(FigureRules.check(Map.of(), CATALOGUE).violations()).extracting(Violation::field).containsExactly("figures");
    }

    @Test
    void shouldNormaliseWholeNumbersAndDecimals() {
        var outcome = FigureRules.check(Map.of("crimeCases", new BigDecimal("12.000"), "drugsSeizedGrams", new BigDecimal("1.500")), CATALOGUE);
        assertThat(outcome.figures().get("crimeCases").toPlainString()).isEqualTo("12");
        assertThat(outcome.figures().get("drugsSeizedGrams").toPlainString()).isEqualTo("1.5");
    }

    @ParameterizedTest(name = "{0} {1} in 2025 -> {2} to {3}")
    @CsvSource(nullValues = "null", value = {
            "MONTH,2025-02,2025-02-01,2025-02-28",
            "QUARTER,2025-Q3,2025-07-01,2025-09-30",
            "YEAR,2025,2025-01-01,2025-12-31",
            "YEAR,null,2025-01-01,2025-12-31"})
    void shouldWorkOutTheDaysOfAPeriod(PeriodKind kind, String label, LocalDate from, LocalDate to) {
        ReportPeriod period = ReportPeriod.of(2025, kind, label, null, null);
        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} {1} refused")
    @CsvSource(nullValues = "null", value = {
            "MONTH,2024-12", "MONTH,2025-13", "MONTH,March", "QUARTER,2025-Q5", "QUARTER,2026-Q1", "YEAR,2024", "CAMPAIGN,null"})
    void shouldRefuseAPeriodOutsideTheYearOrMalformed(PeriodKind kind, String label) {
        assertThatThrownBy(() -> ReportPeriod.of(2025, kind, label, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)))
                .isInstanceOf(ReportPeriod.InvalidPeriod.class);
    }

    @Test
    void shouldLetCampaignsOverlapButNotRegularReports() {
        ReportPeriod march = ReportPeriod.of(2025, PeriodKind.MONTH, "2025-03", null, null);
        ReportPeriod q1 = ReportPeriod.of(2025, PeriodKind.QUARTER, "2025-Q1", null, null);
        ReportPeriod q2 = ReportPeriod.of(2025, PeriodKind.QUARTER, "2025-Q2", null, null);
        ReportPeriod campaign = ReportPeriod.of(2025, PeriodKind.CAMPAIGN, "mien-nam-50", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30));
        assertThat(march.overlaps(q1)).isTrue();
        assertThat(march.overlaps(q2)).isFalse();
        assertThat(march.overlaps(campaign)).isFalse();
        assertThatThrownBy(() -> ReportPeriod.of(2025, PeriodKind.CAMPAIGN, "mien-nam-50", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30)))
                .isInstanceOf(ReportPeriod.InvalidPeriod.class);
    }

    @Test
    void shouldTellMembersFromStrangers() {
        Roster roster = new Roster(Map.of(2025, Map.of("BDBP-LANG-SON", Set.of(1), "BDBP-HUE", Set.of(3))));
        assertThat(roster.check("BDBP-LANG-SON", 1, 2025)).isInstanceOf(Roster.Member.class);
        assertThat(roster.check("BDBP-HUE", 1, 2025)).isInstanceOf(Roster.NotMember.class);
        assertThat(roster.check("BDBP-LANG-SON", 1, 2024)).isInstanceOf(Roster.UnknownUnit.class);
        assertThat(roster.check("BDBP-SON-LA", 1, 2025)).isInstanceOf(Roster.UnknownUnit.class);
    }

    @Test
    void shouldKeepTheDomainPlainJava() {
        ArchitectureRules.DomainCheck check = ArchitectureRules.checkDomain("vn.bienphong.emulation.report");
        assertThat(check.domainClasses()).as("domain classes examined").isGreaterThan(3);
        assertThat(check.violations()).isEmpty();
    }
}
