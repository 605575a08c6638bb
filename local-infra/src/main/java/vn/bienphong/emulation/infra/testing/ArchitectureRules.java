package vn.bienphong.emulation.infra.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The layering every service keeps: its {@code domain} package holds the rules in plain Java,
 * with no framework (Jakarta, Quarkus, Hibernate, Kafka, Jackson, MicroProfile) and none of the
 * service's other packages.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** How many domain classes were examined, and each dependency that breaks the rule. */
    public record DomainCheck(long domainClasses, List<String> violations) {
    }

    public static DomainCheck checkDomain(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        long domainClasses = classes.stream().filter(c -> c.getPackageName().startsWith(servicePackage + ".domain")).count();
        EvaluationResult result = noClasses().that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax.persistence..", "io.quarkus..", "org.hibernate..", "io.smallrye..",
                        "org.apache.kafka..", "com.fasterxml.jackson..", "org.eclipse.microprofile..",
                        servicePackage + ".api..", servicePackage + ".persistence..", servicePackage + ".events..",
                        servicePackage + ".service..")
                .because("the rules of the domain are plain Java that unit tests drive without Quarkus")
                .evaluate(classes);
        return new DomainCheck(domainClasses, result.getFailureReport().getDetails());
    }
}
