package id.satudata.portal.registry;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.test.PortalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Returned integrations are counted and filtered by where they went back to, and keep
 * counting as returned until they reach the deciding step again.
 */
@PortalTest
class ReturnedIntegrationsTest {

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    RegistryService registry;

    @Test
    void theListCountsAndFiltersReturnsPerTemplateAndStepWithReturnedToStepThreeAsItsOwnFigure() {
        RegistryFixtures.Cast cast = fixtures.cast("Kembali");
        long fromDashboard = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 11).id();
        fixtures.advance(cast, fromDashboard, Outcome.NO, "Data tahun 2021 belum tampil.");
        long fromScenario = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 3).id();
        fixtures.advance(cast, fromScenario, Outcome.NO, "Definisi data belum lengkap.");
        long failedTest = fixtures.advanceTo(cast, fixtures.request(cast, "TRENGGALEK_EKSTERNAL").id(), 8).id();
        fixtures.advance(cast, failedTest, Outcome.NO, "Uji tarik gagal.");
        fixtures.advanceTo(cast, fromScenario, 3);
        IntegrationFilter ofOpd = IntegrationFilter.all().withOpd(cast.opd().id());

        StatusCounts counts = as(cast.admin(), () -> registry.statusCounts(ofOpd));

        assertThat(counts.of(IntegrationStatus.RETURNED)).isEqualTo(2);
        assertThat(counts.returnedByDecision()).isEqualTo(2);
        assertThat(counts.returnedTo()).containsExactly(new ReturnCount("KALTIM", 3, 1),
                new ReturnCount("TRENGGALEK_EKSTERNAL", 7, 1));
        assertThat(ids(cast, ofOpd.withTemplate("KALTIM").withReturnedTo(3))).containsExactly(fromDashboard);
        assertThat(ids(cast, ofOpd.withReturnedByDecision(true))).containsExactlyInAnyOrder(fromDashboard, failedTest);
        assertThat(ids(cast, ofOpd.withReturnedTo(2))).isEmpty();
    }

    @Test
    void aSecondNoOnTheWayBackKeepsTheOuterDecisionAndTheHistoryKeepsBothReturns() {
        RegistryFixtures.Cast cast = fixtures.cast("KembaliDua");
        long id = fixtures.advanceTo(cast, fixtures.request(cast, "KALTIM").id(), 11).id();
        fixtures.advance(cast, id, Outcome.NO, "Data belum sesuai.");

        Integration twice = fixtures.advance(cast, id, Outcome.NO, "Skenario perlu definisi baru.");

        assertThat(twice.currentStep()).isEqualTo(2);
        assertThat(twice.returned().fromStep()).isEqualTo(11);
        assertThat(twice.returned().toStep()).isEqualTo(2);
        Integration atThree = fixtures.advanceTo(cast, id, 3);
        assertThat(atThree.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(as(cast.admin(), () -> registry.events(id))).filteredOn(e -> e.outcome() == Outcome.NO)
            .extracting(IntegrationEvent::toStep)
            .containsExactly(3, 2);
    }

    private List<Long> ids(RegistryFixtures.Cast cast, IntegrationFilter filter) {
        return as(cast.admin(), () -> registry.list(filter, IntegrationSort.newestFirst(), 0, 50)).stream()
            .map(Integration::id)
            .toList();
    }

}
