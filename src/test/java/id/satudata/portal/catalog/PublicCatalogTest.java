package id.satudata.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class PublicCatalogTest {

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    PublicCatalog catalog;

    Opd dinkes;

    Dataset released;

    Dataset internal;

    Dataset draft;

    Dataset withdrawn;

    @BeforeEach
    void datasets() {
        dinkes = opds.opd("Dinkes");
        released = fixtures.released(dinkes, "Jumlah Puskesmas", "Puskesmas per kabupaten/kota", "kesehatan",
                List.of("puskesmas"));
        internal = fixtures.dataset(dinkes, "Rekap Internal Gizi", "Belum dirilis", Visibility.INTERNAL);
        fixtures.describe(internal, "kesehatan", List.of("puskesmas", "rahasia"), 2021, 2022);
        draft = fixtures.dataset(dinkes, "Draf Imunisasi", "Draf", Visibility.DRAFT);
        withdrawn = fixtures.released(dinkes, "Kasus DBD", "Kasus demam berdarah", "kesehatan", List.of("dbd"));
        fixtures.withdraw(withdrawn);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void listsOnlyReleasedDatasetsWhoeverAsks() {
        for (Runnable who : List.<Runnable>of(SignedIn::nobody, () -> SignedIn.as(opds.staff(Role.ADMINISTRATOR)),
                () -> SignedIn.as(opds.opdStaff(dinkes)))) {
            who.run();
            CatalogPage<DatasetSummary> page = catalog.datasets(dinkes.code(), null, null, CatalogOrder.TITLE, 0, 100);
            assertThat(page.items()).extracting(DatasetSummary::id).containsExactly(released.id());
            assertThat(page.total()).isEqualTo(1);
            assertThat(catalog.slugs()).contains(released.slug())
                .doesNotContain(internal.slug(), draft.slug(), withdrawn.slug());
        }
    }

    @Test
    void unreleasedDatasetsAreNotFoundEvenForStaff() {
        SignedIn.as(opds.staff(Role.ADMINISTRATOR));
        for (Dataset hidden : List.of(internal, draft, withdrawn)) {
            assertThatThrownBy(() -> catalog.get(hidden.slug())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> catalog.get(hidden.id())).isInstanceOf(NotFoundException.class);
            assertThat(catalog.recordView(hidden.id())).isFalse();
            assertThat(catalog.recordDownload(hidden.id())).isFalse();
        }
        assertThat(catalog.summaries(List.of(internal.id(), released.id(), draft.id()))).extracting(DatasetSummary::id)
            .containsExactly(released.id());
    }

    @Test
    void aReleasedDatasetComesWithItsMetadataOrganisationAndSchema() {
        PublicDataset page = catalog.get(released.slug());
        assertThat(page.summary().organisation().code()).isEqualTo(dinkes.code());
        assertThat(page.summary().topic().code()).isEqualTo("kesehatan");
        assertThat(page.summary().tags()).containsExactly("puskesmas");
        assertThat(page.summary().licence().id()).isEqualTo("CC-BY-4.0");
        assertThat(page.summary().releasedAt()).isNotNull();
        assertThat(page.metadata().unit()).isEqualTo("jiwa");
        assertThat(page.metadata().periodStart()).isEqualTo(2020);
        assertThat(page.dataset().schema().fields()).isNotEmpty();
        assertThat(page.dataset().rowCount()).isEqualTo(3);
    }

    @Test
    void countsOfOrganisationsTopicsAndTagsCountOnlyReleasedDatasets() {
        assertThat(catalog.organisation(dinkes.code()).datasets()).isEqualTo(1);
        assertThat(catalog.organisations(false)).extracting(c -> c.item().code()).contains(dinkes.code());
        Opd empty = opds.opd("Kosong");
        assertThat(catalog.organisations(false)).extracting(c -> c.item().code()).doesNotContain(empty.code());
        assertThat(catalog.organisation(empty.code()).datasets()).isZero();
        assertThat(catalog.tags(100)).extracting(Counted::item).contains("puskesmas").doesNotContain("rahasia", "dbd");
        assertThat(catalog.tags(100)).filteredOn(c -> c.item().equals("puskesmas"))
            .extracting(Counted::datasets)
            .containsExactly(catalog.datasets(null, null, "puskesmas", CatalogOrder.TITLE, 0, 100).total());
        assertThat(catalog.topics(true)).hasSizeGreaterThanOrEqualTo(10);
        assertThatThrownBy(() -> catalog.topic("astrologi")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void viewsAndDownloadsAreCountedAndOrderTheMostViewed() {
        Dataset other = fixtures.released(dinkes, "Jumlah Bidan", "Bidan per kecamatan", "kesehatan", List.of());
        for (int i = 0; i < 3; i++) {
            assertThat(catalog.recordView(other.id())).isTrue();
        }
        catalog.recordDownload(other.id());
        PublicDataset page = catalog.get(other.id());
        assertThat(page.summary().views()).isEqualTo(3);
        assertThat(page.summary().downloads()).isEqualTo(1);
        assertThat(catalog.datasets(dinkes.code(), null, null, CatalogOrder.MOST_VIEWED, 0, 10).items())
            .extracting(DatasetSummary::id)
            .containsExactly(other.id(), released.id());
        assertThat(catalog.newest(1)).extracting(DatasetSummary::id).containsExactly(other.id());
    }

}
