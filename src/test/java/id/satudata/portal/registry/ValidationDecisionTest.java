package id.satudata.portal.registry;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.test.PortalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The OPD's decision on the validation step, as the dashboard will call it. */
@PortalTest
class ValidationDecisionTest {

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    RegistryService registry;

    @Test
    void theOpdConfirmsTheDashboardDataAndTheIntegrationIsValidated() {
        RegistryFixtures.Cast cast = fixtures.cast("Disperkim");
        Integration atDecision = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 11);
        assertThat(registry.isAtValidationStep(atDecision)).isTrue();

        Integration validated = as(cast.opdUser(),
                () -> registry.decideValidation(atDecision.id(), atDecision.version(), true, null, List.of()));

        assertThat(validated.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(registry.isAtValidationStep(validated)).isFalse();
        IntegrationEvent last = lastEvent(cast, validated.id());
        assertThat(last.outcome()).isEqualTo(Outcome.YES);
        assertThat(last.actedAs()).isEqualTo(Role.OPD);
        assertThat(last.onBehalf()).isFalse();
    }

    @Test
    void theOpdReturnsTheIntegrationToStepThreeWithItsReason() {
        RegistryFixtures.Cast cast = fixtures.cast("Distan");
        Integration atDecision = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 11);

        Integration returned = as(cast.opdUser(), () -> registry.decideValidation(atDecision.id(), atDecision.version(),
                false, "Jumlah kunjungan 2024 tidak cocok.", List.of()));

        assertThat(returned.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(returned.currentStep()).isEqualTo(3);
        assertThat(returned.lastReturnReason()).isEqualTo("Jumlah kunjungan 2024 tidak cocok.");
    }

    @Test
    void aReturnWithoutAReasonIsRefusedAndChangesNothing() {
        RegistryFixtures.Cast cast = fixtures.cast("Disnaker");
        Integration atDecision = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 11);

        assertThatThrownBy(() -> as(cast.opdUser(),
                () -> registry.decideValidation(atDecision.id(), atDecision.version(), false, "  ", List.of())))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("registry.error.reasonRequired");
        assertThat(as(cast.admin(), () -> registry.get(atDecision.id()))).isEqualTo(atDecision);
    }

    @Test
    void anAdministratorDecidesOnTheOpdsBehalfAndIsRecordedSo() {
        RegistryFixtures.Cast cast = fixtures.cast("Disdukcapil");
        Integration atDecision = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 11);

        as(cast.admin(), () -> registry.decideValidation(atDecision.id(), atDecision.version(), true, null, List.of()));

        IntegrationEvent last = lastEvent(cast, atDecision.id());
        assertThat(last.actedAs()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(last.onBehalf()).isTrue();
    }

    @Test
    void anotherOpdsUserAndTheTechnicalTeamMayNotDecide() {
        RegistryFixtures.Cast cast = fixtures.cast("Dispora");
        RegistryFixtures.Cast other = fixtures.cast("Disbun");
        Integration atDecision = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 11);

        assertThatThrownBy(() -> as(other.opdUser(),
                () -> registry.decideValidation(atDecision.id(), atDecision.version(), true, null, List.of())))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(cast.teknis(),
                () -> registry.decideValidation(atDecision.id(), atDecision.version(), true, null, List.of())))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("registry.error.role");
        assertThat(as(cast.admin(), () -> registry.get(atDecision.id()))).isEqualTo(atDecision);
    }

    @Test
    void aDecisionBeforeTheValidationStepIsRefused() {
        RegistryFixtures.Cast cast = fixtures.cast("Diskan");
        Integration atStepThree = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 3);

        assertThatThrownBy(() -> as(cast.admin(),
                () -> registry.decideValidation(atStepThree.id(), atStepThree.version(), true, null, List.of())))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("registry.error.notAtValidation");
        assertThat(as(cast.admin(), () -> registry.get(atStepThree.id()))).isEqualTo(atStepThree);
    }

    private IntegrationEvent lastEvent(RegistryFixtures.Cast cast, long id) {
        List<IntegrationEvent> events = as(cast.admin(), () -> registry.events(id));
        return events.getLast();
    }

}
