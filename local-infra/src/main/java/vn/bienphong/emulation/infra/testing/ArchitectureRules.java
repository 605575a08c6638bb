package vn.bienphong.emulation.infra.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering every service keeps: its {@code domain} package holds the rules in plain Java,
 * with no framework (Jakarta, Quarkus, Hibernate, Kafka, Jackson) and none of the service's
 * other packages; resources never touch entities' persistence directly from the domain.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Fails with the offending classes and imports when the domain of {@code servicePackage} leans on a framework. */
    public static void checkDomainIsPlainJava(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        noClasses().that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax.persistence..", "io.quarkus..", "org.hibernate..", "io.smallrye..",
                        "org.apache.kafka..", "com.fasterxml.jackson..", "org.eclipse.microprofile..",
                        servicePackage + ".api..", servicePackage + ".persistence..", servicePackage + ".events..",
                        servicePackage + ".service..")
                .because("the rules of the domain are plain Java that unit tests drive without Quarkus")
                .check(classes);
    }
}
