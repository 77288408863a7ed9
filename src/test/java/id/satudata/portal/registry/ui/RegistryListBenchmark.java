package id.satudata.portal.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationFilter;
import id.satudata.portal.registry.IntegrationSort;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.registry.WorkingCalendar;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.test.Bench;
import id.satudata.portal.test.KaribuTest;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry list with 10,000 integrations and 200,000 events: the first page (view
 * built, status counts, row count, first 50 rows fetched and every cell formatted).
 * Target: median below 100 ms. Run:
 * {@code ./mvnw -Pbench test -Dtest=RegistryListBenchmark}.
 */
@Tag("bench")
class RegistryListBenchmark extends KaribuTest {

    private static final int INTEGRATIONS = 10_000;

    private static final int EVENTS_PER_INTEGRATION = 20;

    private static final int PAGE = 50;

    @Autowired
    DSLContext db;

    @Autowired
    OpdFixtures opds;

    @Autowired
    RegistryService registry;

    @Autowired
    SopService sop;

    @Autowired
    OpdService opdService;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void firstPageOfTheRegistryList() {
        for (int i = 1; i <= 40; i++) {
            opds.opd("Bench" + i);
        }
        fill();
        login(opds.staff(Role.TEKNIS));

        Bench.Stats stats = Bench.measure("registry list first page", 10, 30, () -> {
            IntegrationListView view = new IntegrationListView(registry, sop, opdService, calendar);
            UI.getCurrent().add(view);
            @SuppressWarnings("unchecked")
            Grid<Integration> grid = _get(view, Grid.class, spec -> spec.withId("integration-grid"));
            int size = GridKt._size(grid);
            List<Integration> rows = GridKt._fetch(grid, 0, PAGE);
            rows.forEach(row -> GridKt._getFormattedRow(grid, row));
            assertThat(size).isGreaterThanOrEqualTo(INTEGRATIONS);
            assertThat(rows).hasSize(PAGE);
            UI.getCurrent().remove(view);
        });
        IntegrationFilter all = IntegrationFilter.all();
        Bench.Stats page = Bench.measure("  of it: first page query", 5, 30,
                () -> registry.list(all, IntegrationSort.newestFirst(), 0, PAGE));
        Bench.Stats counts = Bench.measure("  of it: row count and status counts", 5, 30, () -> {
            registry.count(all);
            registry.statusCounts(all);
        });
        Bench.Stats figures = Bench.measure("  of it: the same figures in one query (as the list asks)", 5, 30,
                () -> registry.listCounts(all));
        Bench.report("RegistryListBenchmark",
                List.of("%d integrations, %d events".formatted(count("integration"), count("integration_event")),
                        stats.toString(), page.toString(), counts.toString(), figures.toString()));
    }

    private long count(String table) {
        return Objects.requireNonNull(db.fetchOne("select count(*) from " + table)).get(0, Long.class);
    }

    /** Integrations at every Kaltim step, some finished, with 20 events each. */
    private void fill() {
        db.execute("""
                insert into integration (code, title, opd_id, application_name, data_description, template_code,
                    current_step, status, created_at, current_step_started_at, current_step_due_at,
                    validated_at, completed_at, version)
                select 'INT-2025-' || lpad(g::text, 5, '0'),
                       'Integrasi data bench nomor ' || g,
                       (select id from opd order by id offset (g % 40) limit 1),
                       'Aplikasi ' || (g % 97), 'Uraian data dan informasi integrasi ' || g, 'KALTIM',
                       case when g % 13 = 0 then null else g % 12 + 1 end,
                       case when g % 13 = 0 or g % 12 = 11 then 'VALIDATED'
                            when g % 7 = 0 then 'RETURNED' else 'PENDING' end,
                       t, case when g % 13 = 0 then null else t + interval '10 days' end,
                       case when g % 13 = 0 then null else t + interval '10 days' + (g % 60 || ' days')::interval end,
                       case when g % 13 = 0 or g % 12 = 11 then t + interval '90 days' end,
                       case when g % 13 = 0 then t + interval '100 days' end,
                       19
                from generate_series(1, ?) g, lateral (select timestamptz '2024-01-01' + (g || ' hours')::interval t) x
                """, INTEGRATIONS);
        db.execute("""
                insert into integration_event (integration_id, kind, occurred_at, actor_name, acted_as, from_step,
                    outcome, to_step, status_after)
                select i.id, case when e = 0 then 'CREATED' else 'STEP_COMPLETED' end,
                       i.created_at + (e || ' days')::interval, 'Pengguna Bench', 'TEKNIS',
                       case when e = 0 then null else (e - 1) % 12 + 1 end,
                       case when e = 0 then null else 'DONE' end, e % 12 + 1, 'PENDING'
                from integration i, generate_series(0, ? - 1) e
                where i.title like 'Integrasi data bench%'
                """, EVENTS_PER_INTEGRATION);
        db.execute("analyze integration");
        db.execute("analyze integration_event");
    }

}
