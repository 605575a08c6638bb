package vn.bienphong.emulation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.ArchitectureRules;

class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.classesOf("vn.bienphong.emulation.cluster");

    @Test
    void domainRulesArePlainJava() {
        ArchitectureRules.DomainCheck check = ArchitectureRules.checkDomain("vn.bienphong.emulation.cluster");
        assertThat(check.domainClasses()).as("domain classes examined").isGreaterThan(3);
        assertThat(check.violations()).isEmpty();
    }

    @Test
    void servicesReturnResultsThatTheApiMapsToDtos() {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().endsWith(".cluster.service")).count())
                .as("service classes examined").isGreaterThan(2);
        ArchitectureRules.SERVICES_DO_NOT_USE_API.check(CLASSES);
    }

    @Test
    void theApiNeverReachesIntoPersistence() {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().endsWith(".cluster.api")).count())
                .as("api classes examined").isGreaterThan(2);
        ArchitectureRules.API_DOES_NOT_USE_PERSISTENCE.check(CLASSES);
    }
}
