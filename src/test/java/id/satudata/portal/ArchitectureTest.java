package id.satudata.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
                    com.tngtech.archunit.base.DescribedPredicate.describe("generated jOOQ code",
                            c -> c.getPackageName().startsWith("id.satudata.portal.jooq")),
                    com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
            .check(CLASSES);
    }

    @Test
    void theBaseLayerDependsOnNoFeature() {
        noClasses().that()
            .resideInAPackage("id.satudata.portal.base..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("id.satudata.portal.opd..", "id.satudata.portal.sop..", "id.satudata.portal.ui..",
                    "id.satudata.portal.dashboard..", "id.satudata.portal.portal..", "id.satudata.portal.catalog..",
                    "id.satudata.portal.search..")
            .check(CLASSES);
    }

}
