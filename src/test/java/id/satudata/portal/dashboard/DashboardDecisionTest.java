package id.satudata.portal.dashboard;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static id.satudata.portal.registry.RegistryFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationEvent;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.test.PortalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The decision on the dashboard is each template's own: Kaltim step 11 is the OPD's, with
 * no document, "no" back to step 3; Trenggalek's test step (external 8, internal 7) is
 * the technical team's, with the test report, "no" back to the integration step.
 */
@PortalTest
class DashboardDecisionTest {

    @Autowired
    DashboardFixtures fixtures;

    @Autowired
    DashboardService dashboards;

    @Autowired
    RegistryService registry;

    @Autowired
    RegistryFixtures steps;

    @Test
    void kaltimStepElevenIsTheOpdsDecisionAndYesValidatesWithoutADocument() {
        DashboardFixtures.Review review = fixtures.atDecision("DecKaltimYa", "KALTIM");
        RegistryFixtures.Cast cast = review.cast();

        IntegrationEntry forOpd = entryFor(cast.opdUser(), review);
        assertThat(forOpd.decision().step().number()).isEqualTo(11);
        assertThat(forOpd.decision().step().decisionQuestion()).isEqualTo("Data integrasi pada dashboard sesuai?");
        assertThat(forOpd.decision().yesNeedsDocument()).isFalse();
        assertThat(forOpd.mayDecide()).isTrue();
        assertThat(entryFor(cast.teknis(), review).mayDecide()).isFalse();
        assertThatThrownBy(() -> decide(cast.teknis(), review.integration(), true, null))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decide(cast.pengawas(), review.integration(), true, null))
            .isInstanceOf(AccessDeniedException.class);

        Integration validated = decide(cast.opdUser(), review.integration(), true, null);

        assertThat(validated.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(validated.currentStep()).isEqualTo(12);
    }

    @Test
    void kaltimNoGoesBackToStepThreeAndCountsAsReturnedUntilStepElevenIsReachedAgain() {
        DashboardFixtures.Review review = fixtures.atDecision("DecKaltimTidak", "KALTIM");
        RegistryFixtures.Cast cast = review.cast();
        assertThatThrownBy(() -> decide(cast.opdUser(), review.integration(), false, "  "))
            .isInstanceOf(ValidationException.class);

        Integration returned = decide(cast.opdUser(), review.integration(), false, "Tahun 2020 tidak tampil.");

        assertThat(returned.currentStep()).isEqualTo(3);
        assertThat(returned.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(returned.returned()).satisfies(r -> {
            assertThat(r.fromStep()).isEqualTo(11);
            assertThat(r.toStep()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("Tahun 2020 tidak tampil.");
            assertThat(r.byName()).isNotBlank();
        });
        Integration atTen = steps.advanceTo(cast, returned.id(), 10);
        assertThat(atTen.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(atTen.returned().toStep()).isEqualTo(3);

        Integration again = steps.advanceTo(cast, returned.id(), 11);

        assertThat(again.status()).isEqualTo(IntegrationStatus.PENDING);
        assertThat(again.returned()).isNull();
        assertThat(entryFor(cast.opdUser(), review).awaitingDecision()).isTrue();
        List<IntegrationEvent> history = as(cast.admin(), () -> registry.events(returned.id()));
        assertThat(history).filteredOn(e -> e.outcome() == Outcome.NO)
            .singleElement()
            .satisfies(e -> assertThat(e.toStep()).isEqualTo(3));
    }

    @Test
    void trenggalekExternalTestStepIsTheTechnicalTeamsDecisionAndYesNeedsTheTestReport() {
        DashboardFixtures.Review review = fixtures.atDecision("DecEksYa", "TRENGGALEK_EKSTERNAL");
        RegistryFixtures.Cast cast = review.cast();

        IntegrationEntry forOpd = entryFor(cast.opdUser(), review);
        assertThat(forOpd.decision().step().number()).isEqualTo(8);
        assertThat(forOpd.decision().step().completerRoles()).containsExactly(Role.TEKNIS);
        assertThat(forOpd.decision().yesNeedsDocument()).isTrue();
        assertThat(forOpd.mayDecide()).isFalse();
        assertThat(entryFor(cast.teknis(), review).mayDecide()).isTrue();
        assertThatThrownBy(() -> decide(cast.opdUser(), review.integration(), true, null))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decide(cast.teknis(), review.integration(), true, null))
            .isInstanceOf(ValidationException.class)
            .hasFieldOrPropertyWithValue("messageKey", "registry.error.documentRequired");

        Integration validated = as(cast.teknis(), () -> dashboards.decide(review.integration().id(),
                review.integration().version(), true, null, List.of(pdf("hasil-pengujian.pdf"))));

        assertThat(validated.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(validated.currentStep()).isEqualTo(9);
        assertThat(as(cast.admin(), () -> registry.documents(validated.id())))
            .anySatisfy(d -> assertThat(d.kind()).isEqualTo("Laporan hasil pengujian"));
    }

    @Test
    void trenggalekExternalFailedTestGoesBackToTheIntegrationStepSeven() {
        DashboardFixtures.Review review = fixtures.atDecision("DecEksGagal", "TRENGGALEK_EKSTERNAL");
        RegistryFixtures.Cast cast = review.cast();
        assertThatThrownBy(() -> decide(cast.opdUser(), review.integration(), false, "Uji tarik gagal."))
            .isInstanceOf(AccessDeniedException.class);

        Integration returned = decide(cast.teknis(), review.integration(), false, "Uji tarik gagal: format tanggal.");

        assertThat(returned.currentStep()).isEqualTo(7);
        assertThat(returned.returned().fromStep()).isEqualTo(8);
        assertThat(returned.returned().toStep()).isEqualTo(7);
    }

    @Test
    void trenggalekInternalTestStepIsDecidedByTheTechnicalTeamOrAnAdministratorOnItsBehalf() {
        DashboardFixtures.Review passed = fixtures.atDecision("DecIntYa", "TRENGGALEK_INTERNAL");
        DashboardFixtures.Review failed = fixtures.atDecision("DecIntGagal", "TRENGGALEK_INTERNAL");
        assertThat(entryFor(passed.cast().opdUser(), passed).decision().step().number()).isEqualTo(7);
        assertThat(entryFor(passed.cast().admin(), passed).mayDecide()).isTrue();
        assertThatThrownBy(() -> decide(passed.cast().opdUser(), passed.integration(), true, null))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decide(passed.cast().kadis(), passed.integration(), true, null))
            .isInstanceOf(AccessDeniedException.class);

        Integration validated = as(passed.cast().admin(), () -> dashboards.decide(passed.integration().id(),
                passed.integration().version(), true, null, List.of(pdf("laporan-pengujian.pdf"))));
        Integration returned = decide(failed.cast().teknis(), failed.integration(), false, "Endpoint belum stabil.");

        assertThat(validated.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(validated.currentStep()).isEqualTo(8);
        assertThat(as(passed.cast().admin(), () -> registry.events(validated.id())).getLast().onBehalf()).isTrue();
        assertThat(returned.currentStep()).isEqualTo(6);
        assertThat(returned.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(returned.returned().toStep()).isEqualTo(6);
    }

    private IntegrationEntry entryFor(PortalUser user, DashboardFixtures.Review review) {
        return as(user, () -> dashboards.opdDashboard(review.cast().opd().id())).integrations()
            .stream()
            .filter(i -> i.integration().id() == review.integration().id())
            .findFirst()
            .orElseThrow();
    }

    private Integration decide(PortalUser user, Integration integration, boolean confirm, String reason) {
        return as(user, () -> dashboards.decide(integration.id(), integration.version(), confirm, reason, List.of()));
    }

}
