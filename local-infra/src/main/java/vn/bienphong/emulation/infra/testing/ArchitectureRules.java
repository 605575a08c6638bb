package vn.bienphong.emulation.infra.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The layering every service keeps: its {@code domain} package holds the rules in plain Java,
 * with no framework (Jakarta, Quarkus, Hibernate, Kafka, Jackson, MicroProfile) and none of the
 * service's other packages; its {@code service} package returns domain results and views and never
 * uses an {@code api} package (its own or service-common's), whose resources and DTOs word them for
 * HTTP; its {@code api} package never reaches into a {@code persistence} package.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** No class of a {@code service} package depends on an {@code api} package (the service's own or service-common's). */
    public static final ArchRule SERVICES_DO_NOT_USE_API = noClasses()
            .that().resideInAPackage("vn.bienphong.emulation..service..")
            .should().dependOnClassesThat().resideInAPackage("vn.bienphong.emulation..api..")
            .because("services return domain results and views; the api package maps them to DTOs");

    /** No class of an {@code api} package depends on a {@code persistence} package. */
    public static final ArchRule API_DOES_NOT_USE_PERSISTENCE = noClasses()
            .that().resideInAPackage("vn.bienphong.emulation..api..")
            .should().dependOnClassesThat().resideInAPackage("vn.bienphong.emulation..persistence..")
            .because("resources call services and map what they return; entities stay behind the services");

    /** The service's own classes (not its tests), for the rules above. */
    public static JavaClasses classesOf(String servicePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
    }

    /** How many domain classes were examined, and each dependency that breaks the rule. */
    public record DomainCheck(long domainClasses, List<String> violations) {
    }

    public static DomainCheck checkDomain(String servicePackage) {
        JavaClasses classes = classesOf(servicePackage);
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
