package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChairPowersTest {

    @ParameterizedTest(name = "{0}: council {1}, unit {2}, chair {3} -> allowed {4}")
    @CsvSource(nullValues = "null", value = {
            "OPEN, false, BDBP-CAO-BANG, BDBP-CAO-BANG, true, ''",
            "CLOSE, false, BDBP-CAO-BANG, BDBP-CAO-BANG, true, ''",
            "OPEN, false, BDBP-LANG-SON, BDBP-CAO-BANG, false, 'that is BDBP-CAO-BANG, not BDBP-LANG-SON'",
            "CLOSE, false, BDBP-LANG-SON, BDBP-CAO-BANG, false, 'may close its ballot'",
            "OPEN, true, null, BDBP-CAO-BANG, true, ''",
            "CLOSE, true, null, null, true, ''",
            "OPEN, false, null, BDBP-CAO-BANG, false, 'the token speaks for no unit'",
            "OPEN, false, BDBP-CAO-BANG, null, false, 'has named no chair of cluster 1 for 2026'"})
    void shouldGiveTheChairsPowersToTheUnitHoldingTheChairForTheYearAndToTheCouncil(ChairPowers.Act act, boolean council,
                                                                                    String unit, String chair, boolean allowed,
                                                                                    String reason) {
        Optional<String> refusal = ChairPowers.refusal(act, 1, 2026, council, Optional.ofNullable(unit), Optional.ofNullable(chair));
        assertThat(refusal.isEmpty()).isEqualTo(allowed);
        refusal.ifPresent(r -> assertThat(r).contains("only the unit holding the chair of cluster 1 for 2026").contains(reason));
    }
}
