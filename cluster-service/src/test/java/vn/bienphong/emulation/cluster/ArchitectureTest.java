package vn.bienphong.emulation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void domainRulesArePlainJava() {
        ArchitectureRules.DomainCheck check = ArchitectureRules.checkDomain("vn.bienphong.emulation.cluster");
        assertThat(check.domainClasses()).as("domain classes examined").isGreaterThan(3);
        assertThat(check.violations()).isEmpty();
    }
}
