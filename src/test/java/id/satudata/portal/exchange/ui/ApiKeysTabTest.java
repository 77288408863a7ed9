package id.satudata.portal.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.exchange.ApiKey;
import id.satudata.portal.exchange.ApiKeyService;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API keys tab of a dataset: the technical team issues a key whose secret is shown
 * once and works on the push API, and revokes it.
 */
class ApiKeysTabTest extends KaribuTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    ApiKeyService keys;

    @Test
    void theTechnicalTeamIssuesAKeyShownOnceThatWorksUntilRevoked() {
        Dataset dataset = fixtures.dataset(opds.opd("KunciApi"), Visibility.INTERNAL);
        login(fixtures.teknis());
        openDatasetTab(dataset.id(), "tab-exchange-tab-keys");

        _get(TextField.class, spec -> spec.withId("key-label")).setValue("SIMPUS Dinkes");
        _click(_get(Button.class, spec -> spec.withId("key-issue")));

        String secret = _get(TextField.class, spec -> spec.withId("key-secret")).getValue();
        assertThat(secret).startsWith("sd_");
        assertThat(keys.authenticate(secret)).isPresent();
        Grid<ApiKey> grid = keyGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        ApiKey key = GridKt._get(grid, 0);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(key.masked(), "SIMPUS Dinkes", "Aktif");
        assertThat(key.masked()).doesNotContain(secret.substring(12));
        _click(_get(Button.class, spec -> spec.withId("key-secret-close")));
        _assertNone(TextField.class, spec -> spec.withId("key-secret"));

        _click(revokeButton(grid));

        NotificationsKt.expectNotifications("Kunci " + key.masked() + " dicabut.");
        assertThat(GridKt._getFormattedRow(keyGrid(), 0)).contains("Dicabut");
        assertThat(GridKt._getCellComponent(keyGrid(), 0, "revoke").getChildren()).isEmpty();
        assertThat(keys.authenticate(secret)).isEmpty();
    }

    @Test
    void aKeyWithoutALabelIsRefusedOnTheField() {
        Dataset dataset = fixtures.dataset(opds.opd("KunciKosong"), Visibility.INTERNAL);
        login(fixtures.teknis());
        openDatasetTab(dataset.id(), "tab-exchange-tab-keys");

        _click(_get(Button.class, spec -> spec.withId("key-issue")));

        TextField label = _get(TextField.class, spec -> spec.withId("key-label"));
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo("Keterangan kunci 1 sampai 120 karakter.");
        assertThat(GridKt._size(keyGrid())).isZero();
    }

    @Test
    void opdStaffGetNoKeysTab() {
        Opd opd = opds.opd("KunciOpd");
        Dataset dataset = fixtures.dataset(opd, Visibility.INTERNAL);
        login(opds.opdStaff(opd));
        UI.getCurrent().navigate("app/dataset/" + dataset.id());

        _assertNone(Tab.class, spec -> spec.withId("tab-exchange-tab-keys"));
    }

    private static Button revokeButton(Grid<ApiKey> grid) {
        return (Button) GridKt._getCellComponent(grid, 0, "revoke").getChildren().findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiKey> keyGrid() {
        return _get(Grid.class, spec -> spec.withId("key-grid"));
    }

}
