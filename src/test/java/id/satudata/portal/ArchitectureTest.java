package id.satudata.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/**
 * Keeps the layering of docs/architecture.md true, by package and by type rather than by
 * class name: a screen is any class in a {@code ui} package or any Vaadin component, a
 * service or repository is what Spring is told it is.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("id.satudata.portal");

    private static final DescribedPredicate<JavaClass> GENERATED = DescribedPredicate.describe("generated jOOQ code",
            c -> c.getPackageName().startsWith("id.satudata.portal.jooq"));

    private static final DescribedPredicate<JavaClass> SCREEN = DescribedPredicate.describe(
            "in a ..ui.. package or a Vaadin Component",
            c -> !GENERATED.test(c) && (c.getPackageName().matches("id\\.satudata\\.portal(\\..+)?\\.ui(\\..+)?")
                    || c.isAssignableTo(Component.class)));

    private static final DescribedPredicate<JavaClass> SERVICE_OR_REPOSITORY = DescribedPredicate.describe(
            "annotated @Service or @Repository",
            c -> c.isAnnotatedWith(Service.class) || c.isAnnotatedWith(Repository.class));

    private static final DescribedPredicate<JavaClass> JOOQ = DescribedPredicate.describe("jOOQ or generated records",
            c -> c.getPackageName().startsWith("org.jooq") || GENERATED.test(c));

    @Test
    void screensNeverTouchJooqGeneratedRecordsOrRepositories() {
        noClasses().that(SCREEN)
            .should()
            .dependOnClassesThat(
                    JOOQ.or(DescribedPredicate.describe("a @Repository", c -> c.isAnnotatedWith(Repository.class))))
            .check(CLASSES);
    }

    @Test
    void servicesAndRepositoriesNeverTouchVaadin() {
        noClasses().that(SERVICE_OR_REPOSITORY)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..")
            .check(CLASSES);
    }

    @Test
    void servicesNeverTouchJooq() {
        // what a service needs from the database it gets from a repository, as records
        noClasses().that().areAnnotatedWith(Service.class).should().dependOnClassesThat(JOOQ).check(CLASSES);
    }

    @Test
    void repositoriesReturnDomainRecordsNeverJooqTypes() {
        methods().that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Repository.class)
            .and()
            .doNotHaveModifier(JavaModifier.PRIVATE)
            .should(new ArchCondition<JavaMethod>("neither take nor return jOOQ types") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    String name = method.getOwner().getSimpleName() + "." + method.getName();
                    boolean leaks = Stream
                        .concat(Stream.of(method.getReturnType()), method.getParameterTypes().stream())
                        .map(JavaType::getAllInvolvedRawTypes)
                        .flatMap(Set::stream)
                        .anyMatch(JOOQ);
                    events.add(new SimpleConditionEvent(method, !leaks, name + " hands jOOQ types to its callers"));
                }
            })
            .check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("id.satudata.portal.(*)..")
            .should()
            .beFreeOfCycles()
            .ignoreDependency(GENERATED, DescribedPredicate.alwaysTrue())
            .check(CLASSES);
    }

    @Test
    void theBaseLayerDependsOnNoFeature() {
        noClasses().that()
            .resideInAPackage("id.satudata.portal.base..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("id.satudata.portal..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("id.satudata.portal.base..",
                        "id.satudata.portal.jooq.."))))
            .check(CLASSES);
    }

}
