package id.satudata.portal.dashboard;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetDraft;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.sop.SopService;
import org.springframework.stereotype.Component;

/**
 * An OPD with an integration standing at step 11 and a loaded dataset linked to it, the
 * way a dashboard is reviewed.
 */
@Component
public class DashboardFixtures {

    /** The cast, the integration at step 11, and its dataset. */
    public record Review(RegistryFixtures.Cast cast, Integration integration, Dataset dataset) {
    }

    private final RegistryFixtures registry;

    private final DatastoreFixtures datastore;

    private final DatasetService datasets;

    private final SopService sop;

    DashboardFixtures(RegistryFixtures registry, DatastoreFixtures datastore, DatasetService datasets, SopService sop) {
        this.registry = registry;
        this.sop = sop;
        this.datastore = datastore;
        this.datasets = datasets;
    }

    public Review atStepEleven(String opdShortName) {
        return atDecision(opdShortName, "KALTIM");
    }

    /**
     * An integration of the template standing at its decision on the dashboard (Kaltim
     * 11, Trenggalek's test step), with a loaded dataset linked to it.
     */
    public Review atDecision(String opdShortName, String templateCode) {
        RegistryFixtures.Cast cast = registry.cast(opdShortName);
        int decisionStep = sop.template(templateCode).validationDecision().orElseThrow().step().number();
        Integration integration = registry.advanceTo(cast, registry.request(cast, templateCode).id(), decisionStep);
        Dataset dataset = datastore.dataset(cast.opd(), Visibility.INTERNAL);
        datastore.load(dataset, LoadMode.REPLACE, DatastoreFixtures.POPULATION_CSV);
        Dataset linked = RegistryFixtures.as(cast.teknis(),
                () -> datasets.update(dataset.id(), new DatasetDraft(dataset.opdId(), integration.id(), dataset.slug(),
                        dataset.title(), dataset.description(), dataset.updateFrequency(), dataset.visibility())));
        return new Review(cast, integration, linked);
    }

}
