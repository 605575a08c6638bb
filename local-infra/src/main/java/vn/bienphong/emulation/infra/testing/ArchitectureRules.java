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
 * service's other packages; and the layers point one way ({@link #checkLayers}): {@code service}
 * never depends on {@code api} (services return domain results and views; the api maps them to its
 * DTOs), {@code api} never on {@code persistence} (resources speak domain values, never entities).
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

    /** How many classes of the service were examined, and each dependency that breaks {@link #checkLayers}. */
    public record LayerCheck(long classes, List<String> violations) {
    }

    /** No class of {@code <service>.service} depends on {@code <service>.api}. */
    public static LayerCheck checkServiceDoesNotUseApi(String servicePackage) {
        return check(servicePackage, servicePackage + ".service..", servicePackage + ".api..",
                "services return domain results and views; the api package maps them to its DTOs");
    }

    /** No class of {@code <service>.api} depends on {@code <service>.persistence}. */
    public static LayerCheck checkApiDoesNotUsePersistence(String servicePackage) {
        return check(servicePackage, servicePackage + ".api..", servicePackage + ".persistence..",
                "resources speak domain values, never entities or stores");
    }

    /** Both rules of the layers: service !-> api, api !-> persistence. */
    public static LayerCheck checkLayers(String servicePackage) {
        LayerCheck a = checkServiceDoesNotUseApi(servicePackage);
        LayerCheck b = checkApiDoesNotUsePersistence(servicePackage);
        List<String> all = new java.util.ArrayList<>(a.violations());
        all.addAll(b.violations());
        return new LayerCheck(a.classes(), all);
    }

    private static LayerCheck check(String servicePackage, String from, String to, String because) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        EvaluationResult result = noClasses().that().resideInAPackage(from)
                .should().dependOnClassesThat().resideInAPackage(to)
                .because(because)
                .allowEmptyShould(true)
                .evaluate(classes);
        return new LayerCheck(classes.size(), result.getFailureReport().getDetails());
    }
}
