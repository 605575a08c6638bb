package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.ArchitectureRules;

class LayersArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.classesOf("vn.bienphong.emulation.award");

    @Test
    void servicesReturnResultsThatTheApiMapsToDtos() {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().endsWith(".award.service")).count())
                .as("service classes examined").isGreaterThan(10);
        ArchitectureRules.SERVICES_DO_NOT_USE_API.check(CLASSES);
    }

    @Test
    void theApiNeverReachesIntoPersistence() {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().endsWith(".award.api")).count())
                .as("api classes examined").isGreaterThan(5);
        ArchitectureRules.API_DOES_NOT_USE_PERSISTENCE.check(CLASSES);
    }
}
