package id.satudata.portal.registry;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.test.PortalTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The list's filters, search, sorting, counts and the overdue steps, in SQL. */
@PortalTest
class RegistryListTest {

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    RegistryService registry;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void countsPerStatusAndFiltersFollowTheIntegrations() {
        RegistryFixtures.Cast cast = fixtures.cast("Inspektorat");
        long pending = fixtures.request(cast, "KALTIM").id();
        long returned = fixtures.request(cast, "KALTIM").id();
        fixtures.advanceTo(cast, returned, 11);
        fixtures.advance(cast, returned, Outcome.NO, "Data tahun 2021 belum ada.");
        long validated = fixtures.request(cast, "TRENGGALEK_INTERNAL").id();
        fixtures.advanceTo(cast, validated, 8);

        IntegrationFilter ofOpd = IntegrationFilter.all().withOpd(cast.opd().id());
        StatusCounts counts = as(cast.opdUser(),
                () -> registry.statusCounts(ofOpd.withStatus(IntegrationStatus.PENDING)));
        assertThat(counts.of(IntegrationStatus.PENDING)).isEqualTo(1);
        assertThat(counts.of(IntegrationStatus.RETURNED)).isEqualTo(1);
        assertThat(counts.of(IntegrationStatus.VALIDATED)).isEqualTo(1);
        assertThat(counts.total()).isEqualTo(3);

        assertThat(ids(cast, ofOpd.withStatus(IntegrationStatus.RETURNED))).containsExactly(returned);
        assertThat(ids(cast, ofOpd.withCurrentStep(3))).containsExactly(returned);
        assertThat(ids(cast, ofOpd.withTemplate("TRENGGALEK_INTERNAL"))).containsExactly(validated);
        assertThat(ids(cast, ofOpd)).containsExactly(validated, returned, pending);
        assertThat(as(cast.admin(), () -> registry.count(ofOpd.withStatus(IntegrationStatus.VALIDATED)))).isEqualTo(1);
    }

    @Test
    void searchFindsByCodeOrTitleAndSortingFollowsTheChosenColumn() {
        RegistryFixtures.Cast cast = fixtures.cast("Biro");
        Integration first = fixtures.request(cast, "KALTIM");
        Integration second = as(cast.opdUser(),
                () -> registry.create(new NewIntegration("Integrasi data aset daerah SIMDA BMD", cast.opd().id(),
                        "SIMDA BMD", "Data aset tetap per OPD.", "KALTIM"), List.of()));
        IntegrationFilter ofOpd = IntegrationFilter.all().withOpd(cast.opd().id());
        assertThat(ids(cast, ofOpd.withSearch("simda"))).containsExactly(second.id());
        assertThat(ids(cast, ofOpd.withSearch(first.code().toLowerCase()))).containsExactly(first.id());
        assertThat(ids(cast, ofOpd.withSearch("100%_"))).isEmpty();
        List<Integration> byTitle = as(cast.admin(),
                () -> registry.list(ofOpd, new IntegrationSort(IntegrationSort.Field.TITLE, true), 0, 10));
        assertThat(byTitle).extracting(Integration::id).containsExactly(second.id(), first.id());
        List<Integration> byCode = as(cast.admin(),
                () -> registry.list(ofOpd, new IntegrationSort(IntegrationSort.Field.CODE, true), 0, 1));
        assertThat(byCode).extracting(Integration::id).containsExactly(first.id());
    }

    @Test
    void aStepPastItsDueTimeIsOverdueInTheListTheCountsAndTheOverview() {
        RegistryFixtures.Cast cast = fixtures.cast("Bapenda");
        Instant longAgo = calendar.now().minus(Duration.ofDays(14));
        Integration late = fixtures.requestAt(cast, "KALTIM", longAgo);
        Integration onTime = fixtures.request(cast, "KALTIM");
        IntegrationFilter ofOpd = IntegrationFilter.all().withOpd(cast.opd().id());

        assertThat(late.isOverdue(calendar.now())).isTrue();
        assertThat(ids(cast, ofOpd.withOverdueOnly(true))).containsExactly(late.id());
        assertThat(as(cast.admin(), () -> registry.statusCounts(ofOpd)).overdue()).isEqualTo(1);
        List<OverdueStep> overdue = as(cast.opdUser(), () -> registry.overdueSteps());
        assertThat(overdue).singleElement().satisfies(o -> {
            assertThat(o.integration().id()).isEqualTo(late.id());
            assertThat(o.step().number()).isEqualTo(1);
            assertThat(o.overdueBy()).isPositive();
        });
        IntegrationDetail detail = as(cast.opdUser(), () -> registry.detail(late.id()));
        assertThat(detail.currentStep()).hasValueSatisfying(s -> assertThat(s.overdue()).isTrue());
        assertThat(as(cast.opdUser(), () -> registry.detail(onTime.id())).currentStep())
            .hasValueSatisfying(s -> assertThat(s.overdue()).isFalse());
    }

    @Test
    void theListsFiguresInOneQueryAgreeWithTheCountAndTheCountsPerStatus() {
        RegistryFixtures.Cast cast = fixtures.cast("Satpol PP");
        Integration late = fixtures.requestAt(cast, "KALTIM", calendar.now().minus(Duration.ofDays(14)));
        fixtures.request(cast, "KALTIM");
        long returned = fixtures.request(cast, "KALTIM").id();
        fixtures.advanceTo(cast, returned, 3);
        fixtures.advance(cast, returned, Outcome.NO, "Skenario belum disepakati.");
        IntegrationFilter ofOpd = IntegrationFilter.all().withOpd(cast.opd().id());

        for (IntegrationFilter filter : List.of(ofOpd, ofOpd.withStatus(IntegrationStatus.PENDING),
                ofOpd.withOverdueOnly(true), ofOpd.withStatus(IntegrationStatus.RETURNED).withOverdueOnly(true),
                ofOpd.withSearch(late.code()))) {
            ListCounts figures = as(cast.opdUser(), () -> registry.listCounts(filter));
            assertThat(figures.matching()).as(filter.toString())
                .isEqualTo(as(cast.opdUser(), () -> registry.count(filter)));
            assertThat(figures.statuses()).isEqualTo(as(cast.opdUser(), () -> registry.statusCounts(filter)));
        }
        ListCounts pending = as(cast.admin(), () -> registry.listCounts(ofOpd.withStatus(IntegrationStatus.PENDING)));
        assertThat(pending.matching()).isEqualTo(2);
        assertThat(pending.statuses().total()).isEqualTo(3);
        assertThat(pending.statuses().overdue()).isEqualTo(1);
        assertThat(as(cast.admin(), () -> registry.listCounts(ofOpd.withOverdueOnly(true))).matching()).isEqualTo(1);
    }

    @Test
    void aStepCompletedAfterItsDueTimeIsMarkedLateInTheHistory() {
        RegistryFixtures.Cast cast = fixtures.cast("BPSDM");
        Integration late = fixtures.requestAt(cast, "KALTIM", calendar.now().minus(Duration.ofDays(10)));
        fixtures.advance(cast, late.id(), Outcome.DONE, null);
        IntegrationDetail detail = as(cast.admin(), () -> registry.detail(late.id()));
        assertThat(detail.steps().getFirst().late()).isTrue();
        assertThat(detail.steps().getFirst().elapsed()).isGreaterThan(Duration.ofDays(9));
        assertThat(detail.events().getLast().late()).isTrue();
        assertThat(detail.total().standard()).isNotNull();
        assertThat(detail.total().dueAt()).isEqualTo(calendar.dueAt(late.createdAt(), detail.template().overall()));
        assertThat(detail.total().overdue()).isFalse();
    }

    private List<Long> ids(RegistryFixtures.Cast cast, IntegrationFilter filter) {
        return as(cast.admin(), () -> registry.list(filter, IntegrationSort.newestFirst(), 0, 50)).stream()
            .map(Integration::id)
            .toList();
    }

}
