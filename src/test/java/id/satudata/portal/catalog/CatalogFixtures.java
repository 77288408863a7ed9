package id.satudata.portal.catalog;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetDraft;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.SignedIn;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test data of the catalogue: datasets with chosen titles, described, loaded and released
 * by a walidata (PENGAWAS). The caller of the test is restored after each call.
 */
@Component
public class CatalogFixtures {

    private final DatastoreFixtures datastore;

    private final OpdFixtures opds;

    private final DatasetService datasets;

    private final CatalogService catalog;

    CatalogFixtures(DatastoreFixtures datastore, OpdFixtures opds, DatasetService datasets, CatalogService catalog) {
        this.datastore = datastore;
        this.opds = opds;
        this.datasets = datasets;
        this.catalog = catalog;
    }

    public PortalUser walidata() {
        return opds.staff(Role.PENGAWAS);
    }

    /** A dataset with this title and description and three rows, not described. */
    public Dataset dataset(Opd opd, String title, String description, Visibility visibility) {
        Dataset made = datastore.dataset(opd, visibility);
        datastore.load(made, LoadMode.REPLACE, DatastoreFixtures.POPULATION_CSV);
        return as(datastore.teknis(), () -> datasets.update(made.id(),
                new DatasetDraft(opd.id(), null, made.slug(), title, description, made.updateFrequency(), visibility)));
    }

    /** Describes the dataset with a topic, tags and a period, as a walidata. */
    public DatasetMetadata describe(Dataset dataset, String topic, List<String> tags, int from, int to) {
        MetadataDraft draft = MetadataDraft.of(topic, tags);
        MetadataDraft withPeriod = new MetadataDraft(draft.topicCode(), draft.tags(), null, "Diskominfo", from, to,
                "Jumlah penduduk", "jiwa", null, null, null, null, "kabupaten/kota", "Seksi Statistik",
                "statistik@example.go.id", "Dukcapil", List.of(), false);
        return as(walidata(), () -> catalog.update(dataset.id(), withPeriod));
    }

    /** A dataset made INTERNAL, described and released by a walidata. */
    public Dataset released(Opd opd, String title, String description, String topic, List<String> tags) {
        Dataset dataset = dataset(opd, title, description, Visibility.INTERNAL);
        describe(dataset, topic, tags, 2020, 2023);
        as(walidata(), () -> catalog.release(dataset.id(), "uji"));
        return dataset;
    }

    public void withdraw(Dataset dataset) {
        as(walidata(), () -> {
            catalog.withdraw(dataset.id(), "perbaikan data");
            return null;
        });
    }

    /** Runs as this user and restores the caller. */
    public static <T> T as(PortalUser user, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            SignedIn.as(user);
            return action.get();
        }
        finally {
            SecurityContextHolder.setContext(before);
        }
    }

}
