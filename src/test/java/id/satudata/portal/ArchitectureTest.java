package id.satudata.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layering of docs/architecture.md true. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("id.satudata.portal");

    @Test
    void servicesAndRepositoriesNeverTouchVaadinComponents() {
        noClasses().that()
            .haveSimpleNameEndingWith("Service")
            .or()
            .haveSimpleNameEndingWith("Repository")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin.flow.component..")
            .check(CLASSES);
    }

    @Test
    void viewsNeverBuildSql() {
        noClasses().that()
            .haveSimpleNameEndingWith("View")
            .or()
            .haveSimpleNameEndingWith("Layout")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "id.satudata.portal.jooq..")
            .check(CLASSES);
    }

    @Test
    void viewsUseServicesNotRepositories() {
        noClasses().that()
            .haveSimpleNameEndingWith("View")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("id.satudata.portal.(*)..")
            .should()
            .beFreeOfCycles()
            .ignoreDependency(
                    DescribedPredicate.describe("generated jOOQ code",
                            c -> c.getPackageName().startsWith("id.satudata.portal.jooq")),
                    DescribedPredicate.alwaysTrue())
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
