package id.satudata.portal.report.integration;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetDraft;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.UpdateFrequency;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.RegistryFixtures.Cast;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.sop.Outcome;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Test data for integration reports: a Kaltim integration that was returned to step 3 by
 * the OPD at step 11 and then validated, standing at step 12, with a linked dataset that
 * has one accepted and one rejected load.
 */
@Component
class IntegrationReportFixtures {

    static final String RETURN_REASON = "Data tahun 2019 tidak tampil di dasbor; mohon dilengkapi.";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RegistryFixtures registry;

    private final RegistryService registryService;

    private final DatasetService datasets;

    private final DatastoreFixtures datastore;

    IntegrationReportFixtures(RegistryFixtures registry, RegistryService registryService, DatasetService datasets,
            DatastoreFixtures datastore) {
        this.registry = registry;
        this.registryService = registryService;
        this.datasets = datasets;
        this.datastore = datastore;
    }

    /** At step 12, after one return from step 11 to step 3. */
    Integration atReportStepAfterReturn(Cast cast) {
        Integration integration = registry.request(cast, "KALTIM");
        registry.advanceTo(cast, integration.id(), 11);
        Integration at11 = RegistryFixtures.as(cast.admin(), () -> registryService.get(integration.id()));
        RegistryFixtures.as(cast.opdUser(), () -> registryService.decideValidation(integration.id(), at11.version(),
                false, RETURN_REASON, List.of()));
        registry.advanceTo(cast, integration.id(), 11);
        registry.advance(cast, integration.id(), Outcome.YES, "Data sudah sesuai.");
        return RegistryFixtures.as(cast.admin(), () -> registryService.get(integration.id()));
    }

    /** A dataset of the integration with one accepted and one rejected load. */
    Dataset datasetOf(Cast cast, Integration integration) {
        int n = SEQUENCE.incrementAndGet();
        Dataset dataset = RegistryFixtures.as(cast.teknis(), () -> {
            Dataset created = datasets.create(new DatasetDraft(cast.opd().id(), integration.id(),
                    "laporan-penduduk-" + n + "-" + integration.id(), "Penduduk hasil integrasi " + n, "Uji laporan",
                    UpdateFrequency.YEARLY, Visibility.INTERNAL));
            return datasets.defineSchema(created.id(), DatastoreFixtures.POPULATION);
        });
        datastore.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        datastore.load(dataset, LoadMode.APPEND, "kode_kabupaten_kota,tahun,jumlah_penduduk\n6401,dua ribu,x\n");
        return RegistryFixtures.as(cast.teknis(), () -> datasets.get(dataset.id()));
    }

}
