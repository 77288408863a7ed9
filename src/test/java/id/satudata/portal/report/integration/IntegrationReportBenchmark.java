package id.satudata.portal.report.integration;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.RegistryFixtures.Cast;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.report.DocumentFormat;
import id.satudata.portal.test.Bench;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The integration report of a large case: an integration with 200 events (returned from
 * step 11 to step 3 again and again, a document with every step) and 20 datasets with
 * data, generated as PDF and DOCX. Run with
 * {@code ./mvnw -Pbench test -Dtest=IntegrationReportBenchmark}.
 */
@Tag("bench")
@PortalTest
class IntegrationReportBenchmark {

    private static final int EVENTS = 200;

    private static final int DATASETS = 20;

    @Autowired
    IntegrationReportService reports;

    @Autowired
    RegistryService registry;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    IntegrationReportFixtures reportFixtures;

    @Test
    void reportOfAnIntegrationWith200EventsAnd20Datasets() {
        Cast cast = fixtures.cast("Bench");
        Integration integration = fixtures.request(cast, "KALTIM");
        fixtures.advanceTo(cast, integration.id(), 11);
        while (RegistryFixtures.as(cast.admin(), () -> registry.events(integration.id())).size() < EVENTS - 1) {
            Integration at11 = RegistryFixtures.as(cast.admin(), () -> registry.get(integration.id()));
            RegistryFixtures.as(cast.opdUser(), () -> registry.decideValidation(integration.id(), at11.version(), false,
                    "Belum sesuai.", List.of()));
            fixtures.advanceTo(cast, integration.id(), 11);
        }
        fixtures.advanceTo(cast, integration.id(), 12);
        for (int i = 0; i < DATASETS; i++) {
            reportFixtures.datasetOf(cast, integration);
        }
        SignedIn.as(cast.pengawas());
        int events = registry.events(integration.id()).size();
        Locale locale = Locale.of("id");
        Bench.Stats both = Bench.measure("integration report PDF + DOCX (" + events + " events, " + DATASETS
                + " datasets, " + IntegrationReportAssembler.MAX_CHARTS + " charts)", 2, 7, () -> {
                    reports.report(integration.id(), DocumentFormat.PDF, locale);
                    reports.report(integration.id(), DocumentFormat.DOCX, locale);
                });
        Bench.Stats pdf = Bench.measure("integration report PDF only", 1, 7,
                () -> reports.report(integration.id(), DocumentFormat.PDF, locale));
        int pages = reports.report(integration.id(), DocumentFormat.PDF, locale).content().length / 1024;
        Bench.report("integration-report", List.of(both.toString(), pdf.toString(), "PDF size " + pages + " KiB"));
        assertThat(events).isGreaterThanOrEqualTo(EVENTS);
        SignedIn.nobody();
    }

}
