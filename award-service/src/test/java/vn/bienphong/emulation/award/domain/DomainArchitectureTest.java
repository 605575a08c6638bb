package vn.bienphong.emulation.award.domain;

import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.ArchitectureRules;

class DomainArchitectureTest {

    @Test
    void shouldKeepTheScoringAndTallyingRulesInPlainJava() {
        ArchitectureRules.checkDomainIsPlainJava("vn.bienphong.emulation.award");
    }
}
