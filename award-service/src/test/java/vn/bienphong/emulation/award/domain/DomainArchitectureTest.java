package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.ArchitectureRules;

class DomainArchitectureTest {

    @Test
    void shouldKeepTheScoringAndTallyingRulesInPlainJava() {
        ArchitectureRules.DomainCheck check = ArchitectureRules.checkDomain("vn.bienphong.emulation.award");
        assertThat(check.domainClasses()).as("domain classes examined").isGreaterThan(5);
        assertThat(check.violations()).isEmpty();
    }
}
