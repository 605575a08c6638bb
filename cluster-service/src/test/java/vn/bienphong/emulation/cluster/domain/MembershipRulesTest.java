package vn.bienphong.emulation.cluster.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MembershipRulesTest {

    private static final List<String> MEMBERS = List.of("LANG-SON", "CAO-BANG", "QUANG-NINH");

    @Test
    void shouldAllowAWellFormedSetup() {
        assertThat(MembershipRules.check(MEMBERS, null, "LANG-SON", "CAO-BANG", Map.of())).isEmpty();
        assertThat(MembershipRules.check(MEMBERS, List.of("QUANG-NINH", "LANG-SON", "CAO-BANG"), null, null, Map.of())).isEmpty();
    }

    static Stream<Arguments> brokenSetups() {
        return Stream.of(
                Arguments.of(List.of("LANG-SON", "LANG-SON", "CAO-BANG"), null, null, null, Map.of(), "listed twice"),
                Arguments.of(List.of("LANG-SON"), null, null, null, Map.of(), "at least 2"),
                Arguments.of(MEMBERS, List.of("LANG-SON", "CAO-BANG"), null, null, Map.of(), "rotation order"),
                Arguments.of(MEMBERS, List.of("LANG-SON", "CAO-BANG", "HA-GIANG"), null, null, Map.of(), "rotation order"),
                Arguments.of(MEMBERS, null, "HA-GIANG", null, Map.of(), "chair HA-GIANG is not a member"),
                Arguments.of(MEMBERS, null, "LANG-SON", "SON-LA", Map.of(), "deputy chair SON-LA is not a member"),
                Arguments.of(MEMBERS, null, "LANG-SON", "LANG-SON", Map.of(), "must be different"),
                Arguments.of(MEMBERS, null, null, null, Map.of("CAO-BANG", 3), "already a member of cluster 3"));
    }

    @ParameterizedTest(name = "{5}")
    @MethodSource("brokenSetups")
    void shouldNameTheBrokenRule(List<String> members, List<String> rotation, String chair, String deputy,
                                 Map<String, Integer> elsewhere, String reason) {
        assertThat(MembershipRules.check(members, rotation, chair, deputy, elsewhere))
                .anySatisfy(broken -> assertThat(broken).contains(reason));
    }
}
