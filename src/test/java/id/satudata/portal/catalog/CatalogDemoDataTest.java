package id.satudata.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetDraft;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.demo.DemoContext;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.search.SearchQuery;
import id.satudata.portal.search.SearchScope;
import id.satudata.portal.search.SearchService;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
class CatalogDemoDataTest {

    @Autowired
    CatalogDemoData demo;

    @Autowired
    DatastoreFixtures datastore;

    @Autowired
    OpdFixtures opds;

    @Autowired
    DatasetService datasets;

    @Autowired
    PublicCatalog catalog;

    @Autowired
    CatalogService service;

    @Autowired
    SearchService search;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Test
    void describesEveryDatasetAndReleasesTheStorysPublicOnesThroughTheCatalogue() {
        Opd opd = opds.opd("Dinas Kesehatan");
        Dataset made = datastore.dataset(opd, Visibility.INTERNAL);
        // a slug the demo story publishes
        Dataset published = CatalogFixtures.as(datastore.teknis(),
                () -> datasets.update(made.id(), new DatasetDraft(opd.id(), null, "ispu-2022",
                        "Indeks Standar Pencemaran Udara Uji", "Uji", made.updateFrequency(), Visibility.INTERNAL)));
        datastore.load(published, LoadMode.REPLACE, DatastoreFixtures.POPULATION_CSV);
        Dataset internal = datastore.dataset(opd, Visibility.INTERNAL);
        transaction
            .executeWithoutResult(status -> demo.contribute(new DemoContext(new Random(7), clock, "x", Path.of("."))));
        SignedIn.nobody();
        PublicDataset page = catalog.get(published.slug());
        assertThat(page.summary().releasedAt()).isNotNull();
        assertThat(page.summary().topic()).isNotNull();
        assertThat(page.summary().views()).isPositive();
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of(published.title())).hits())
            .extracting(h -> h.datasetId())
            .contains(published.id());
        SignedIn.as(opds.staff(id.satudata.portal.security.Role.PENGAWAS));
        assertThat(service.history(published.id())).extracting(CatalogEvent::kind)
            .containsExactly(CatalogEventKind.RELEASED, CatalogEventKind.METADATA_CHANGED);
        // the period is the one in the data (POPULATION_CSV: 2023), not made up
        assertThat(service.get(published.id()).periodStart()).isEqualTo(2023);
        assertThat(service.get(published.id()).periodEnd()).isEqualTo(2023);
        assertThat(service.get(internal.id()).topic()).isNotNull();
        assertThat(service.get(internal.id()).periodStart()).as("no rows, no years").isNull();
        assertThat(service.history(internal.id())).extracting(CatalogEvent::kind)
            .containsExactly(CatalogEventKind.METADATA_CHANGED);
        SignedIn.nobody();
    }

}
