package id.satudata.portal.registry;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.security.Role;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.test.PortalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Integrations walk the SOP templates' transition tables, on PostgreSQL. */
@PortalTest
class IntegrationStateMachineTest {

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    RegistryService registry;

    @Autowired
    SopService sop;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void aNewKaltimIntegrationStartsAtStepOneWithACodeAndADueTime() {
        RegistryFixtures.Cast cast = fixtures.cast("Dinkes");
        Integration integration = fixtures.request(cast, "KALTIM");
        assertThat(integration.code()).matches("INT-\\d{4}-\\d{4}");
        assertThat(integration.status()).isEqualTo(IntegrationStatus.PENDING);
        assertThat(integration.currentStep()).isEqualTo(1);
        assertThat(integration.currentStepDueAt())
            .isEqualTo(calendar.dueAt(integration.createdAt(), sop.template("KALTIM").step(1).timeStandard()));
        List<IntegrationEvent> events = as(cast.admin(), () -> registry.events(integration.id()));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.CREATED);
            assertThat(e.actedAs()).isEqualTo(Role.OPD);
            assertThat(e.toStep()).isEqualTo(1);
        });
    }

    @Test
    void codesAreNumberedOnePerIntegrationWithinTheYear() {
        RegistryFixtures.Cast cast = fixtures.cast("Bappeda");
        Integration first = fixtures.request(cast, "KALTIM");
        Integration second = fixtures.request(cast, "KALTIM");
        int n = Integer.parseInt(first.code().substring(9));
        assertThat(second.code()).isEqualTo(first.code().substring(0, 9) + "%04d".formatted(n + 1));
    }

    @Test
    void theFullKaltimPathEndsValidatedAndCompleted() {
        RegistryFixtures.Cast cast = fixtures.cast("Dishub");
        long id = fixtures.request(cast, "KALTIM").id();
        Integration atDecision = fixtures.advanceTo(cast, id, 11);
        assertThat(atDecision.status()).isEqualTo(IntegrationStatus.PENDING);

        Integration validated = fixtures.advance(cast, id, Outcome.YES, null);
        assertThat(validated.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(validated.currentStep()).isEqualTo(12);
        assertThat(validated.validatedAt()).isNotNull();

        Integration done = fixtures.advance(cast, id, Outcome.DONE, null);
        assertThat(done.isFinished()).isTrue();
        assertThat(done.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.version()).isEqualTo(12);

        IntegrationDetail detail = as(cast.admin(), () -> registry.detail(id));
        assertThat(detail.events()).hasSize(13);
        assertThat(detail.steps()).hasSize(12).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(StepProgress.State.DONE);
            assertThat(s.completion()).isNotNull();
        });
        assertThat(detail.steps().get(10).completion().outcome()).isEqualTo(Outcome.YES);
        assertThat(detail.steps().get(10).completion().actedAs()).isEqualTo(Role.OPD);
        // every step but the decision on the dashboard (11) filed its output document
        assertThat(detail.documents()).hasSize(11);
        assertThat(detail.allowedAction()).isEmpty();
    }

    @Test
    void noAtStepThreeReturnsTheIntegrationToTheOpdWithTheReason() {
        RegistryFixtures.Cast cast = fixtures.cast("DLH");
        long id = fixtures.request(cast, "KALTIM").id();
        fixtures.advanceTo(cast, id, 3);

        Integration returned = fixtures.advance(cast, id, Outcome.NO, "Struktur tabel belum mencantumkan satuan.");
        assertThat(returned.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(returned.currentStep()).isEqualTo(2);
        assertThat(returned.lastReturnReason()).isEqualTo("Struktur tabel belum mencantumkan satuan.");

        Integration resubmitted = fixtures.advance(cast, id, Outcome.DONE, null);
        assertThat(resubmitted.status()).isEqualTo(IntegrationStatus.PENDING);
        assertThat(resubmitted.currentStep()).isEqualTo(3);
        Integration agreed = fixtures.advance(cast, id, Outcome.YES, null);
        assertThat(agreed.currentStep()).isEqualTo(4);
    }

    @Test
    void noAtStepElevenReturnsToStepThreeAndTheIntegrationIsValidatedLater() {
        RegistryFixtures.Cast cast = fixtures.cast("BPBD");
        long id = fixtures.request(cast, "KALTIM").id();
        fixtures.advanceTo(cast, id, 11);

        Integration returned = fixtures.advance(cast, id, Outcome.NO, "Data tahun 2019 dan 2020 belum ada.");
        assertThat(returned.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(returned.currentStep()).isEqualTo(3);
        assertThat(returned.lastReturnReason()).isEqualTo("Data tahun 2019 dan 2020 belum ada.");

        fixtures.advanceTo(cast, id, 11);
        Integration validated = fixtures.advance(cast, id, Outcome.YES, null);
        assertThat(validated.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(validated.currentStep()).isEqualTo(12);

        IntegrationDetail detail = as(cast.opdUser(), () -> registry.detail(id));
        assertThat(detail.steps().get(2).visits()).isEqualTo(2);
        assertThat(detail.steps().get(10).visits()).isEqualTo(2);
        assertThat(detail.events()).extracting(IntegrationEvent::outcome)
            .containsSubsequence(Outcome.NO, Outcome.YES, Outcome.YES);
        assertThat(detail.events().stream().filter(e -> e.outcome() == Outcome.NO)).singleElement()
            .satisfies(e -> assertThat(e.toStep()).isEqualTo(3));
    }

    @Test
    void trenggalekExternalLoopsBackOnARefusalAndAFailedTestThenEnds() {
        RegistryFixtures.Cast cast = fixtures.cast("Diskominfo");
        long id = fixtures.request(cast, "TRENGGALEK_EKSTERNAL").id();
        fixtures.advanceTo(cast, id, 5);
        Integration refused = fixtures.advance(cast, id, Outcome.NO, "Rumusan belum lengkap.");
        assertThat(refused.currentStep()).isEqualTo(4);
        assertThat(refused.status()).isEqualTo(IntegrationStatus.RETURNED);

        fixtures.advanceTo(cast, id, 8);
        Integration failed = fixtures.advance(cast, id, Outcome.NO, "Uji koneksi API gagal.");
        assertThat(failed.currentStep()).isEqualTo(7);
        assertThat(failed.status()).isEqualTo(IntegrationStatus.RETURNED);

        fixtures.advanceTo(cast, id, 8);
        Integration passed = fixtures.advance(cast, id, Outcome.YES, null);
        assertThat(passed.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(passed.currentStep()).isEqualTo(9);
        fixtures.advance(cast, id, Outcome.DONE, null);
        Integration done = fixtures.advance(cast, id, Outcome.DONE, null);
        assertThat(done.isFinished()).isTrue();
        assertThat(done.status()).isEqualTo(IntegrationStatus.VALIDATED);
        List<IntegrationEvent> events = as(cast.admin(), () -> registry.events(id));
        assertThat(events.get(2).actedAs()).as("step 2 by the Kepala Dinas").isEqualTo(Role.KEPALA_DINAS);
    }

    @Test
    void trenggalekInternalValidatesAfterItsTestAndEndsAfterReporting() {
        RegistryFixtures.Cast cast = fixtures.cast("Setda");
        long id = fixtures.request(cast, "TRENGGALEK_INTERNAL").id();
        fixtures.advanceTo(cast, id, 7);
        Integration failed = fixtures.advance(cast, id, Outcome.NO, "Data ganda pada hasil uji.");
        assertThat(failed.currentStep()).isEqualTo(6);
        fixtures.advanceTo(cast, id, 7);
        Integration passed = fixtures.advance(cast, id, Outcome.YES, null);
        assertThat(passed.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(passed.currentStep()).isEqualTo(8);
        fixtures.advance(cast, id, Outcome.DONE, null);
        Integration done = fixtures.advance(cast, id, Outcome.DONE, null);
        assertThat(done.isFinished()).isTrue();
        assertThat(as(cast.admin(), () -> registry.events(id))).hasSize(1 + 9 + 2);
    }

}
