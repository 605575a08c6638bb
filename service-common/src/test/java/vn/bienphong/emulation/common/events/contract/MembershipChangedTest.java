package vn.bienphong.emulation.common.events.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.bienphong.emulation.common.events.UnprocessableEventException;

class MembershipChangedTest {

    private static MembershipChanged membership(int cluster, int year, List<MembershipChanged.Member> members) {
        return new MembershipChanged(cluster, "Cụm thi đua số " + cluster, year, null, members, null, null, null);
    }

    private static final MembershipChanged.Member LANG_SON = new MembershipChanged.Member("BDBP-LANG-SON", "BĐBP tỉnh Lạng Sơn");

    static Stream<Arguments> events() {
        List<MembershipChanged.Member> withNull = new ArrayList<>();
        withNull.add(LANG_SON);
        withNull.add(null);
        return Stream.of(
                Arguments.of(membership(1, 2025, List.of(LANG_SON)), null),
                Arguments.of(membership(1, 2025, List.of()), null),
                Arguments.of(membership(8, 2000, List.of(LANG_SON)), null),
                Arguments.of(membership(8, 2100, List.of(LANG_SON)), null),
                Arguments.of(membership(0, 2025, List.of(LANG_SON)), "a cluster number is 1 or more"),
                Arguments.of(membership(1, 1999, List.of(LANG_SON)), "the year must be 2000 to 2100"),
                Arguments.of(membership(1, 2101, List.of(LANG_SON)), "the year must be 2000 to 2100"),
                Arguments.of(membership(1, 2025, null), "lists no members"),
                Arguments.of(membership(1, 2025, withNull), "a member without a unit code"),
                Arguments.of(membership(1, 2025, List.of(new MembershipChanged.Member(" ", "x"))), "a member without a unit code"),
                Arguments.of(membership(1, 2025, List.of(new MembershipChanged.Member(null, "x"))), "a member without a unit code"));
    }

    @ParameterizedTest(name = "[{index}] -> {1}")
    @MethodSource("events")
    void oneCheckTellsWhetherAMembershipEventCanBeApplied(MembershipChanged event, String defect) {
        if (defect == null) {
            assertThat(MembershipChanged.defectOf(event)).isEmpty();
            assertThat(MembershipChanged.requireApplicable(event)).isSameAs(event);
        } else {
            assertThat(MembershipChanged.defectOf(event)).hasValueSatisfying(d -> assertThat(d).contains(defect));
            assertThatThrownBy(() -> MembershipChanged.requireApplicable(event))
                    .isInstanceOf(UnprocessableEventException.class).hasMessageContaining(defect);
        }
    }
}
