package vn.bienphong.emulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.ArchitectureRules;

class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.classesOf("vn.bienphong.emulation.report");

    @Test
    void servicesReturnResultsThatTheApiMapsToDtos() {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().endsWith(".report.service")).count())
                .as("service classes examined").isGreaterThan(10);
        ArchitectureRules.SERVICES_DO_NOT_USE_API.check(CLASSES);
    }

    @Test
    void theApiNeverReachesIntoPersistence() {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().endsWith(".report.api")).count())
                .as("api classes examined").isGreaterThan(10);
        ArchitectureRules.API_DOES_NOT_USE_PERSISTENCE.check(CLASSES);
    }
}
