package id.satudata.portal.ops;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "satudata.ops.backup-dir=target/ops-view-backups")
class OperationsViewTest extends KaribuTest {

    @Autowired
    OpdFixtures fixtures;

    @Test
    void anAdministratorMakesABackupAndSeesItListed() {
        login(fixtures.staff(Role.ADMINISTRATOR));
        UI.getCurrent().navigate("app/operasi");
        _assertOne(OperationsView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("backup-list"));
        int before = grid.getGenericDataView().getItems().toList().size();
        Button backupNow = _get(Button.class, spec -> spec.withId("backup-now"));
        backupNow.click();
        assertThat(grid.getGenericDataView().getItems().toList()).hasSize(before + 1);
        assertThat(backupNow.isEnabled()).isTrue();
    }

    @Test
    void anAdministratorSeesTheHealthOfDatabaseDiskAndSearchIndex() {
        login(fixtures.staff(Role.ADMINISTRATOR));
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("id"));
        UI.getCurrent().navigate("app/operasi");
        Grid<HealthOverview.Part> health = _get(Grid.class, spec -> spec.withId("health-list"));
        var parts = health.getGenericDataView().getItems().toList();
        assertThat(parts).extracting(HealthOverview.Part::name)
            .contains("db", "diskSpace", "searchIndex", "readinessState");
        assertThat(parts).allSatisfy(part -> assertThat(part.up()).as(part.name()).isTrue());
        assertThat(GridKt._getFormattedRow(health,
                parts.indexOf(parts.stream().filter(p -> p.name().equals("db")).findFirst().orElseThrow())))
            .contains("Basis data", "PostgreSQL");
    }

    @Test
    void otherStaffCannotOpenOperations() {
        login(fixtures.staff(Role.TEKNIS));
        assertThatThrownBy(() -> UI.getCurrent().navigate("app/operasi")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(OperationsView.class);
    }

}
