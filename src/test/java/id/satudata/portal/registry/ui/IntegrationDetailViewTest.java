package id.satudata.portal.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationEvent;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.registry.UploadedDocument;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.test.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The detail page and its actions, driven without a browser. */
class IntegrationDetailViewTest extends KaribuTest {

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    RegistryService registry;

    private void open(PortalUser user, long id) {
        login(user);
        UI.getCurrent().navigate(IntegrationDetailView.class, IntegrationDetailView.parameters(id));
        _assertOne(IntegrationDetailView.class);
    }

    private Integration reload(RegistryFixtures.Cast cast, long id) {
        return as(cast.admin(), () -> registry.get(id));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Outcome> outcome() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("action-outcome"));
    }

    @Test
    void theDetailShowsTitleTimelineOfAllStepsAndTheHistory() {
        RegistryFixtures.Cast cast = fixtures.cast("UiRinci");
        Integration integration = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 3);

        open(cast.opdUser(), integration.id());

        assertThat(_get(H2.class, spec -> spec.withId("integration-title")).getText())
            .isEqualTo(integration.code() + " · " + integration.title());
        Div timeline = _get(Div.class, spec -> spec.withId("step-timeline"));
        for (int step = 1; step <= 12; step++) {
            int n = step;
            _assertOne(timeline, Div.class, spec -> spec.withId("step-" + n));
        }
        Grid<?> history = _get(Grid.class, spec -> spec.withId("event-history"));
        assertThat(GridKt._size(history)).as("created, step 1, step 2").isEqualTo(3);
    }

    @Test
    void theStepsOwnRoleCompletesItWithItsDocument() {
        RegistryFixtures.Cast cast = fixtures.cast("UiSelesai");
        long id = fixtures.request(cast, "KALTIM").id();
        open(cast.admin(), id);

        UploadedDocument disposisi = RegistryFixtures.pdf("disposisi.pdf");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("action-upload")), disposisi.fileName(),
                "application/pdf", disposisi.content());
        _click(_get(Button.class, spec -> spec.withId("action-submit")));

        Integration after = reload(cast, id);
        assertThat(after.currentStep()).isEqualTo(2);
        assertThat(as(cast.admin(), () -> registry.documents(id))).singleElement()
            .satisfies(d -> assertThat(d.fileName()).isEqualTo("disposisi.pdf"));
        NotificationsKt.expectNotifications("Langkah 1 diselesaikan.");
        // step 2 is the OPD's: the administrator now sees it as an action on its behalf
        _assertOne(Paragraph.class, spec -> spec.withId("on-behalf-notice"));
    }

    @Test
    void noOnADecisionWithAReasonReturnsTheIntegration() {
        RegistryFixtures.Cast cast = fixtures.cast("UiTolak");
        long id = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 3).id();
        open(cast.teknis(), id);

        outcome().setValue(Outcome.NO);
        _get(TextArea.class, spec -> spec.withId("action-note")).setValue("Struktur tabel belum lengkap.");
        _click(_get(Button.class, spec -> spec.withId("action-submit")));

        Integration after = reload(cast, id);
        assertThat(after.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(after.currentStep()).isEqualTo(2);
        assertThat(after.lastReturnReason()).isEqualTo("Struktur tabel belum lengkap.");
        assertThat(_get(Div.class, spec -> spec.withId("integration-badges")).getElement().getTextRecursively())
            .contains("Dikembalikan");
    }

    @Test
    void noWithoutAReasonIsRefusedAndChangesNothing() {
        RegistryFixtures.Cast cast = fixtures.cast("UiAlasan");
        Integration before = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 3);
        open(cast.teknis(), before.id());

        outcome().setValue(Outcome.NO);
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("action-submit"))))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("registry.error.reasonRequired");

        assertThat(reload(cast, before.id())).isEqualTo(before);
    }

    @Test
    void yesOnStepElevenByTheOpdValidatesTheIntegration() {
        RegistryFixtures.Cast cast = fixtures.cast("UiValid");
        long id = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 11).id();
        open(cast.opdUser(), id);

        assertThat(outcome().getValue()).isEqualTo(Outcome.YES);
        _click(_get(Button.class, spec -> spec.withId("action-submit")));

        Integration after = reload(cast, id);
        assertThat(after.status()).isEqualTo(IntegrationStatus.VALIDATED);
        List<IntegrationEvent> events = as(cast.admin(), () -> registry.events(id));
        assertThat(events.getLast().actedAs()).isEqualTo(Role.OPD);
        assertThat(_get(Div.class, spec -> spec.withId("integration-badges")).getElement().getTextRecursively())
            .contains("Tervalidasi");
    }

    @Test
    void anAdministratorSeesTheActionMarkedAsOnBehalf() {
        RegistryFixtures.Cast cast = fixtures.cast("UiWakil");
        long id = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 2).id();

        open(cast.admin(), id);

        _assertOne(Div.class, spec -> spec.withId("step-action"));
        _assertOne(Paragraph.class, spec -> spec.withId("on-behalf-notice"));
    }

    @Test
    void aUserWithoutTheStepsRoleSeesNoAction() {
        RegistryFixtures.Cast cast = fixtures.cast("UiBukan");
        long id = fixtures.request(cast, "KALTIM").id();

        open(cast.teknis(), id);

        _assertNone(Div.class, spec -> spec.withId("step-action"));
        _assertOne(Paragraph.class, spec -> spec.withId("no-action"));
    }

}
