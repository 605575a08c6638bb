package vn.bienphong.emulation.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportSupersessionTest {

    @ParameterizedTest(name = "report at version {0}, amendment based on {1} -> version {2} superseding {3}")
    @CsvSource(nullValues = "null", value = {
            "1, null, 2, 1",
            "1, 1,    2, 1",
            "2, 2,    3, 2",
            "7, null, 8, 7",
            "7, 7,    8, 7"})
    void anAmendmentOfTheCurrentVersionBecomesTheNextAndSupersedesIt(int current, Integer basedOn, int number, int supersedes) {
        assertThat(ReportSupersession.amend(current, basedOn)).isEqualTo(new ReportSupersession.NextVersion(number, supersedes));
    }

    @ParameterizedTest(name = "report at version {0}, amendment based on {1} -> refused")
    @CsvSource({
            "2, 1",
            "3, 1",
            "1, 2",
            "1, 0",
            "5, -1"})
    void anAmendmentOfAnotherVersionIsStale(int current, int basedOn) {
        assertThat(ReportSupersession.amend(current, basedOn)).isEqualTo(new ReportSupersession.Stale(
                "the amendment is based on version " + basedOn + " but the report is at version " + current));
    }

    @ParameterizedTest(name = "version {0} of a report at version {1} stands: {2}")
    @CsvSource({
            "1, 1, true",
            "1, 2, false",
            "2, 2, true",
            "2, 3, false",
            "3, 3, true"})
    void onlyTheCurrentVersionStands(int version, int current, boolean stands) {
        assertThat(ReportSupersession.stands(version, current)).isEqualTo(stands);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void aReportHasAVersionAtLeast(int current) {
        assertThatThrownBy(() -> ReportSupersession.amend(current, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
