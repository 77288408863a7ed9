package id.satudata.portal.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The request form of a new integration marks the field the registry's rules refuse. */
class NewIntegrationViewTest extends KaribuTest {

    @Autowired
    RegistryFixtures fixtures;

    @Test
    void aTooShortTitleIsMarkedOnItsFieldAndTheFormStays() {
        RegistryFixtures.Cast cast = fixtures.cast("BaruPendek");
        login(cast.opdUser());
        UI.getCurrent().navigate(NewIntegrationView.PATH);

        _get(TextField.class, spec -> spec.withId("field-title")).setValue("Data");
        _click(_get(Button.class, spec -> spec.withId("submit-integration")));

        TextField title = _get(TextField.class, spec -> spec.withId("field-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Judul harus 5 sampai 200 karakter.");
        _get(NewIntegrationView.class);
    }

}
