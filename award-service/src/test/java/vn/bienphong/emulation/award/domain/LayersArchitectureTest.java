package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.ArchitectureRules;

class LayersArchitectureTest {

    @Test
    void shouldKeepEntitiesOutOfTheApi() {
        ArchitectureRules.LayerCheck check = ArchitectureRules.checkApiDoesNotUsePersistence("vn.bienphong.emulation.award");
        assertThat(check.classes()).as("classes examined").isGreaterThan(20);
        assertThat(check.violations()).isEmpty();
    }
}
