package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.ArchitectureRules;

class LayersArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.classesOf("vn.bienphong.emulation.award");

    @Test
    void shouldKeepEntitiesOutOfTheApi() {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().endsWith(".award.api")).count())
                .as("api classes examined").isGreaterThan(5);
        ArchitectureRules.API_DOES_NOT_USE_PERSISTENCE.check(CLASSES);
    }
}
