package vn.bienphong.emulation.cluster.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChairHandoverPolicyTest {

    private static final List<String> ROTATION = List.of("LANG-SON", "CAO-BANG", "QUANG-NINH");
    private static final YearSetup CLUSTER_1_2025 = new YearSetup(1, 2025, "Dân chủ, đoàn kết", ROTATION, "LANG-SON", null);

    @ParameterizedTest(name = "after {0} comes {1}")
    @CsvSource({"LANG-SON, CAO-BANG", "CAO-BANG, QUANG-NINH", "QUANG-NINH, LANG-SON", "NOT-A-MEMBER, LANG-SON"})
    void shouldPassTheChairAlongTheRotationOrder(String current, String next) {
        assertThat(ChairRotation.successor(ROTATION, current)).contains(next);
    }

    @Test
    void shouldHandTheFlagToTheElectedSuccessor() {
        HandoverDecision decision = ChairHandoverPolicy.decide(CLUSTER_1_2025, Optional.of("QUANG-NINH"), Set.copyOf(ROTATION), false);
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.fromUnitCode()).isEqualTo("LANG-SON");
        assertThat(decision.toUnitCode()).isEqualTo("QUANG-NINH");
        assertThat(decision.forYear()).isEqualTo(2026);
        assertThat(decision.choice()).isEqualTo(HandoverDecision.Choice.NAMED);
    }

    @Test
    void shouldFollowTheRotationWhenNobodyWasElected() {
        HandoverDecision decision = ChairHandoverPolicy.decide(CLUSTER_1_2025, Optional.empty(), Set.copyOf(ROTATION), false);
        assertThat(decision.toUnitCode()).isEqualTo("CAO-BANG");
        assertThat(decision.choice()).isEqualTo(HandoverDecision.Choice.ROTATION);
    }

    @Test
    void shouldRefuseASuccessorWhoIsNotAMemberNextYear() {
        HandoverDecision decision = ChairHandoverPolicy.decide(CLUSTER_1_2025, Optional.of("CAO-BANG"), Set.of("LANG-SON", "QUANG-NINH"), false);
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.reason()).isEqualTo("CAO-BANG is not a member of cluster 1 in 2026");
    }

    @Test
    void shouldRefuseASecondHandoverOfTheSameYear() {
        HandoverDecision decision = ChairHandoverPolicy.decide(CLUSTER_1_2025, Optional.of("CAO-BANG"), Set.copyOf(ROTATION), true);
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.reason()).contains("handed over already");
    }

    @Test
    void shouldRefuseWhenTheYearHasNoChair() {
        YearSetup noChair = new YearSetup(1, 2025, null, ROTATION, null, null);
        assertThat(ChairHandoverPolicy.decide(noChair, Optional.empty(), Set.copyOf(ROTATION), false).reason())
                .contains("has no chair in 2025");
    }

    @Test
    void shouldStopASuccessorWhoWasToBeDeputyFromBeingDeputyAndKeepAnyOtherDeputy() {
        assertThat(ChairHandoverPolicy.deputyAfterHandover("QUANG-NINH", "QUANG-NINH")).isNull();
        assertThat(ChairHandoverPolicy.deputyAfterHandover("HA-GIANG", "QUANG-NINH")).isEqualTo("HA-GIANG");
        assertThat(ChairHandoverPolicy.deputyAfterHandover(null, "QUANG-NINH")).isNull();
    }

    @ParameterizedTest(name = "void {0}, flag {1}: hands over {2}")
    @CsvSource(nullValues = "null", value = {
            "false, ELECTED, true",
            "false, ROTATION, true",
            "false, null, true",
            "false, NONE, false",
            "true, null, false",
            "true, ELECTED, false"})
    void shouldHandNoFlagOverAfterAVoidBallotOrOneThatSaysNone(boolean voidBallot, String flag, boolean handsOver) {
        assertThat(ChairHandoverPolicy.noHandoverAfterBallot(voidBallot, flag, null).isEmpty()).isEqualTo(handsOver);
    }
}
