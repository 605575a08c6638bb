package vn.bienphong.emulation.common.events.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.bienphong.emulation.common.events.UnprocessableEventException;

class ChairEventsTest {

    private static ChairHandover handover(int cluster, int forYear, String to) {
        return new ChairHandover(null, cluster, forYear - 1, forYear, "BDBP-LANG-SON", to, "COMPLETED", null, "BALLOT_CLOSED",
                null, null);
    }

    static Stream<Arguments> assignments() {
        return Stream.of(
                Arguments.of(new ChairAssigned(1, 2025, "BDBP-LANG-SON", null), null),
                Arguments.of(new ChairAssigned(1, 2025, null, null), null),
                Arguments.of(new ChairAssigned(0, 2025, "BDBP-LANG-SON", null), "a cluster number is 1 or more"),
                Arguments.of(new ChairAssigned(1, 1999, "BDBP-LANG-SON", null), "the year must be 2000 to 2100"),
                Arguments.of(new ChairAssigned(1, 2101, "BDBP-LANG-SON", null), "the year must be 2000 to 2100"));
    }

    static Stream<Arguments> handovers() {
        return Stream.of(
                Arguments.of(handover(1, 2026, "BDBP-CAO-BANG"), null),
                Arguments.of(handover(0, 2026, "BDBP-CAO-BANG"), "a cluster number is 1 or more"),
                Arguments.of(handover(1, 2101, "BDBP-CAO-BANG"), "the year must be 2000 to 2100"),
                Arguments.of(handover(1, 2026, null), "names no successor"),
                Arguments.of(handover(1, 2026, " "), "names no successor"));
    }

    @ParameterizedTest(name = "[{index}] -> {1}")
    @MethodSource("assignments")
    void oneCheckTellsWhetherAChairAssignmentCanBeApplied(ChairAssigned event, String defect) {
        if (defect == null) {
            assertThat(ChairAssigned.defectOf(event)).isEmpty();
            assertThat(ChairAssigned.requireApplicable(event)).isSameAs(event);
        } else {
            assertThat(ChairAssigned.defectOf(event)).hasValueSatisfying(d -> assertThat(d).contains(defect));
            assertThatThrownBy(() -> ChairAssigned.requireApplicable(event))
                    .isInstanceOf(UnprocessableEventException.class).hasMessageContaining(defect);
        }
    }

    @ParameterizedTest(name = "[{index}] -> {1}")
    @MethodSource("handovers")
    void oneCheckTellsWhetherAChairHandoverCanBeApplied(ChairHandover event, String defect) {
        if (defect == null) {
            assertThat(ChairHandover.defectOf(event)).isEmpty();
            assertThat(ChairHandover.requireApplicable(event)).isSameAs(event);
        } else {
            assertThat(ChairHandover.defectOf(event)).hasValueSatisfying(d -> assertThat(d).contains(defect));
            assertThatThrownBy(() -> ChairHandover.requireApplicable(event))
                    .isInstanceOf(UnprocessableEventException.class).hasMessageContaining(defect);
        }
    }
}
