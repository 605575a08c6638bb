package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BallotValidityTest {

    @ParameterizedTest(name = "{1} of {0} eligible voters: {2} papers needed")
    @CsvSource(nullValues = "null", value = {
            "6, null, 4",
            "3, null, 2",
            "8, null, 6",
            "1, null, 1",
            "6, 0.5, 3",
            "7, 0.5, 4",
            "6, 1, 6",
            "6, 0.0001, 1"})
    void shouldCountTheQuorumAsAShareOfTheEligibleVotersRoundedUp(int eligible, BigDecimal share, int needed) {
        assertThat(BallotValidity.papersNeeded(eligible, share)).isEqualTo(needed);
    }

    @ParameterizedTest(name = "quorum {0} allowed: {1}")
    @CsvSource(nullValues = "null", value = {"null, true", "0.6667, true", "1, true", "0, false", "-0.5, false", "1.01, false"})
    void shouldAcceptAQuorumOfMoreThanZeroAndAtMostOne(BigDecimal share, boolean allowed) {
        assertThat(BallotValidity.quorumRefusal(share).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "quota {0} of {1} candidates allowed: {2}")
    @CsvSource({"1, 6, true", "6, 6, true", "7, 6, false", "0, 6, false", "2, 1, false"})
    void shouldAcceptAQuotaFromOneToTheNumberOfCandidates(int quota, int candidates, boolean allowed) {
        assertThat(BallotValidity.quotaRefusal(quota, candidates).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{1} of {0} cast, quorum {2}, council {3}, void {4}: {5}")
    @CsvSource(nullValues = "null", value = {
            "6, 4, null, false, false, TALLIED, 'valid: 4 of 6 papers cast, quorum 4'",
            "6, 3, null, false, false, REFUSED, 'has not reached its quorum: 3 of 6 papers cast, quorum 4'",
            "6, 3, null, true, false, REFUSED, 'the council may close it as void'",
            "6, 0, null, true, true, VOID, 'void: closed by the council below its quorum (0 of 6'",
            "6, 0, null, false, true, FORBIDDEN, 'only the council may close a ballot as void'",
            "6, 5, null, true, true, REFUSED, 'reached its quorum'",
            "6, 3, 0.5, false, false, TALLIED, 'quorum 3 (0.5 of the eligible voters)'",
            "6, 5, 1, false, false, REFUSED, 'quorum 6'"})
    void shouldTallyOnlyABallotThatReachedItsQuorumAndLetOnlyTheCouncilVoidOneThatDidNot(
            int eligible, int cast, BigDecimal quorum, boolean council, boolean asVoid, BallotValidity.Closing closing, String reason) {
        BallotValidity.CloseDecision d = BallotValidity.close(eligible, cast, quorum, council, asVoid);
        assertThat(d.closing()).isEqualTo(closing);
        assertThat(d.reason()).contains(reason);
    }

    @ParameterizedTest(name = "void {0}, asked {1}, elected {2}, rotate {3}: {4}")
    @CsvSource(nullValues = "null", value = {
            "false, true, CB, false, ELECTED, CB, 'CB was elected'",
            "false, true, null, true, ROTATION, null, 'passes by the rotation order'",
            "false, true, null, false, NONE, null, 'did not ask for the rotation order: the flag is not handed over'",
            "false, false, null, false, ROTATION, null, 'did not ask for the next chair'",
            "true, true, CB, true, NONE, null, 'void'"})
    void shouldHandTheFlagToTheElectedOrByRotationOnlyWhenTheBallotSaidSo(boolean voided, boolean asked, String elected,
                                                                         boolean rotate, BallotValidity.Flag flag, String to,
                                                                         String reason) {
        BallotValidity.FlagOutcome o = BallotValidity.flag(voided, asked, Optional.ofNullable(elected), rotate);
        assertThat(o.flag()).isEqualTo(flag);
        assertThat(o.unitCode()).isEqualTo(to);
        assertThat(o.reason()).contains(reason);
    }
}
