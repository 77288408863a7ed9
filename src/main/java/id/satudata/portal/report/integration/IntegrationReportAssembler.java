package id.satudata.portal.report.integration;

import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.registry.EventKind;
import id.satudata.portal.registry.IntegrationDetail;
import id.satudata.portal.registry.IntegrationDocument;
import id.satudata.portal.registry.IntegrationEvent;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopStep;
import id.satudata.portal.sop.SopTemplate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gathers what an integration report says from the registry and the datastore. The
 * caller's access was checked by the service; the services called here check it again.
 */
@Component
class IntegrationReportAssembler {

    /** The most charts a report shows; the dashboard has them all. */
    static final int MAX_CHARTS = 8;

    private final DatasetService datasets;

    private final LoadCountRepository loads;

    private final OpdService opds;

    private final DashboardCharts dashboards;

    private final Clock clock;

    IntegrationReportAssembler(DatasetService datasets, LoadCountRepository loads, OpdService opds,
            DashboardCharts dashboards, Clock clock) {
        this.datasets = datasets;
        this.dashboards = dashboards;
        this.loads = loads;
        this.opds = opds;
        this.clock = clock;
    }

    /**
     * @param completing the completion of the last step by this report, if it is one
     * @param version the version the report is written as
     */
    IntegrationReportData assemble(IntegrationDetail detail, IntegrationPath.@Nullable Completion completing,
            int version, Locale locale) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        long integrationId = detail.integration().id();
        List<Dataset> own = datasets.list(detail.integration().opdId())
            .stream()
            .filter(d -> Objects.equals(d.integrationId(), integrationId))
            .toList();
        Map<Long, LoadCounts> counts = loads.countsByDataset(own.stream().map(Dataset::id).toList());
        List<DatasetFacts> facts = own.stream().map(d -> {
            LoadCounts c = counts.getOrDefault(d.id(), LoadCounts.NONE);
            return new DatasetFacts(d, c.accepted(), c.rejected(), c.failed(),
                    DatasetFacts.freshness(d.updateFrequency(), d.lastLoadAt(), now));
        }).toList();
        List<PathRow> path = IntegrationPath.rows(detail.template(), detail.integration(), detail.events(),
                now.toInstant(), completing);
        return new IntegrationReportData(opds.get(detail.integration().opdId()), detail, path, facts,
                charts(own, locale), confirmation(detail), now, version);
    }

    /**
     * The charts of the integration's datasets as the OPD dashboard shows them (saved or
     * chosen automatically), at most {@link #MAX_CHARTS}.
     */
    private List<DatasetChart> charts(List<Dataset> own, Locale locale) {
        return own.stream()
            .filter(d -> d.rowCount() > 0)
            .flatMap(d -> dashboards.charts(d.id(), locale).stream().map(c -> new DatasetChart(d.title(), c.spec())))
            .limit(MAX_CHARTS)
            .toList();
    }

    /** The reports already filed with the last step (PDFs of its output document). */
    static int reportsFiled(IntegrationDetail detail) {
        SopStep last = detail.template().steps().getLast();
        return (int) detail.documents().stream().filter(d -> isReport(d, last)).count();
    }

    static boolean isReport(IntegrationDocument document, SopStep last) {
        return document.stepNo() == last.number() && document.kind().equals(last.outputDocument())
                && document.contentType().equals("application/pdf");
    }

    /** The last "yes" on the validation step (the decision whose yes validates). */
    private static @Nullable IntegrationEvent confirmation(IntegrationDetail detail) {
        SopTemplate template = detail.template();
        IntegrationEvent found = null;
        for (IntegrationEvent event : detail.events()) {
            if (event.kind() == EventKind.STEP_COMPLETED && event.outcome() == Outcome.YES
                    && validates(template, Objects.requireNonNull(event.fromStep()))) {
                found = event;
            }
        }
        return found;
    }

    private static boolean validates(SopTemplate template, int step) {
        return template.transition(step, Outcome.YES)
            .filter(t -> t.statusAfter() == IntegrationStatus.VALIDATED)
            .isPresent();
    }

}
