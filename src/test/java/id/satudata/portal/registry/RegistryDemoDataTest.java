package id.satudata.portal.registry;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.opd.UserService;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.test.DemoPortalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's fixed story, which other features rely on. */
@DemoPortalTest
class RegistryDemoDataTest {

    @Autowired
    RegistryService registry;

    @Autowired
    OpdService opds;

    @Autowired
    UserService users;

    @Autowired
    WorkingCalendar calendar;

    private PortalUser admin() {
        return users.loadUserByUsername("admin");
    }

    private Integration of(String opdCode, String title) {
        Opd opd = opds.list().stream().filter(o -> o.code().equals(opdCode)).findFirst().orElseThrow();
        return as(admin(), () -> registry.integrationsOf(opd.id())).stream()
            .filter(i -> i.title().equals(title))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void dinkesDlhAndDishubAwaitTheirDecisionAtStepEleven() {
        for (Integration i : List.of(of("DINKES", DemoIntegrations.DINKES), of("DLH", DemoIntegrations.DLH),
                of("DISHUB", DemoIntegrations.DISHUB))) {
            assertThat(i.currentStep()).as(i.title()).isEqualTo(11);
            assertThat(i.status()).isEqualTo(IntegrationStatus.PENDING);
        }
        PortalUser dinkes = users.loadUserByUsername("opd.dinkes");
        assertThat(as(dinkes, () -> registry.allowedAction(of("DINKES", DemoIntegrations.DINKES).id())))
            .hasValueSatisfying(a -> assertThat(a.outcomes()).containsExactly(Outcome.YES, Outcome.NO));
    }

    @Test
    void bpbdWasReturnedToStepThreeWithAReason() {
        Integration bpbd = of("BPBD", DemoIntegrations.BPBD);
        assertThat(bpbd.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(bpbd.currentStep()).isEqualTo(3);
        assertThat(bpbd.lastReturnReason()).contains("2019");
    }

    @Test
    void bappedaAndDkp3aAreValidatedAndDkp3aIsFinished() {
        Integration bappeda = of("BAPPEDA", DemoIntegrations.BAPPEDA);
        assertThat(bappeda.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(bappeda.currentStep()).isEqualTo(12);
        Integration dkp3a = of("DKP3A", DemoIntegrations.DKP3A);
        assertThat(dkp3a.status()).isEqualTo(IntegrationStatus.VALIDATED);
        assertThat(dkp3a.isFinished()).isTrue();
    }

    @Test
    void disdikbudWentBackToStepThreeAndWasValidatedOnTheSecondPass() {
        Integration disdikbud = of("DISDIKBUD", DemoIntegrations.DISDIKBUD);
        assertThat(disdikbud.status()).isEqualTo(IntegrationStatus.VALIDATED);
        IntegrationDetail detail = as(admin(), () -> registry.detail(disdikbud.id()));
        assertThat(detail.events()).filteredOn(e -> e.outcome() == Outcome.NO)
            .singleElement()
            .satisfies(e -> assertThat(e.fromStep()).isEqualTo(11));
        assertThat(detail.steps().get(2).visits()).isEqualTo(2);
    }

    @Test
    void theDemoHasIntegrationsInEveryStateOverTheLastMonthsOnWorkingDays() {
        StatusCounts counts = as(admin(), () -> registry.statusCounts(IntegrationFilter.all()));
        assertThat(counts.total()).isBetween(25, 30);
        assertThat(counts.of(IntegrationStatus.PENDING)).isPositive();
        assertThat(counts.of(IntegrationStatus.RETURNED)).isGreaterThanOrEqualTo(2);
        assertThat(counts.of(IntegrationStatus.VALIDATED)).isGreaterThanOrEqualTo(5);
        assertThat(counts.overdue()).isGreaterThanOrEqualTo(3);
        List<Integration> all = as(admin(),
                () -> registry.list(IntegrationFilter.all(), IntegrationSort.newestFirst(), 0, 100));
        assertThat(all).extracting(Integration::templateCode).contains("TRENGGALEK_EKSTERNAL", "TRENGGALEK_INTERNAL");
        assertThat(all).allSatisfy(i -> {
            assertThat(calendar.isWorkingDay(i.createdAt())).as(i.code()).isTrue();
            assertThat(i.createdAt()).isAfter(calendar.now().minus(java.time.Duration.ofDays(200)));
        });
        assertThat(all.stream().map(Integration::createdAt).min(java.util.Comparator.naturalOrder()).orElseThrow())
            .isBefore(calendar.now().minus(java.time.Duration.ofDays(90)));
        Integration finished = of("DKP3A", DemoIntegrations.DKP3A);
        assertThat(as(admin(), () -> registry.documents(finished.id()))).hasSizeGreaterThan(10);
    }

}
