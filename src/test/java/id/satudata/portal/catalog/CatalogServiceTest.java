package id.satudata.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ConflictException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class CatalogServiceTest {

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    DatastoreFixtures datastore;

    @Autowired
    OpdFixtures opds;

    @Autowired
    CatalogService catalog;

    @Autowired
    DatasetService datasets;

    @Autowired
    DSLContext db;

    Opd opd;

    Dataset dataset;

    @BeforeEach
    void dataset() {
        opd = opds.opd("Dinkes");
        dataset = fixtures.dataset(opd, "Jumlah Puskesmas", "Puskesmas per kabupaten/kota", Visibility.INTERNAL);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void undescribedDatasetsHaveDefaultMetadataWithTheCcByLicence() {
        SignedIn.as(opds.staff(Role.TEKNIS));
        DatasetMetadata metadata = catalog.get(dataset.id());
        assertThat(metadata.licence().id()).isEqualTo("CC-BY-4.0");
        assertThat(metadata.licence().url()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(metadata.topic()).isNull();
        assertThat(metadata.releasedAt()).isNull();
    }

    @Test
    void opdStaffDescribeTheirOwnDatasetAndTheChangeIsRecorded() {
        SignedIn.as(opds.opdStaff(opd));
        DatasetMetadata saved = catalog.update(dataset.id(),
                MetadataDraft.of("kesehatan", List.of(" Fasilitas Kesehatan", "puskesmas")));
        assertThat(saved.topic().code()).isEqualTo("kesehatan");
        assertThat(saved.tags()).containsExactly("fasilitas-kesehatan", "puskesmas");
        assertThat(catalog.history(dataset.id())).extracting(CatalogEvent::kind, CatalogEvent::role)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(CatalogEventKind.METADATA_CHANGED, "OPD"));
    }

    @Test
    void staffOfAnotherOpdAndTheTechnicalTeamCannotDescribeIt() {
        SignedIn.as(opds.opdStaff(opds.opd("Disdik")));
        assertThatThrownBy(() -> catalog.update(dataset.id(), MetadataDraft.of("kesehatan", List.of())))
            .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(opds.staff(Role.TEKNIS));
        assertThatThrownBy(() -> catalog.update(dataset.id(), MetadataDraft.of("kesehatan", List.of())))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badMetadataIsRejectedAndNothingChanges() {
        SignedIn.as(fixtures.walidata());
        assertThatThrownBy(() -> catalog.update(dataset.id(), MetadataDraft.of("astrologi", List.of())))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("catalog.error.topic.unknown");
        MetadataDraft badPeriod = new MetadataDraft("kesehatan", List.of(), null, null, 2024, 2020, null, null, null,
                null, null, null, null, null, null, null, List.of(), false);
        assertThatThrownBy(() -> catalog.update(dataset.id(), badPeriod)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> catalog.update(dataset.id(), MetadataDraft.of("kesehatan", List.of("!!!"))))
            .isInstanceOf(ValidationException.class);
        assertThat(catalog.get(dataset.id()).topic()).isNull();
        assertThat(catalog.history(dataset.id())).isEmpty();
    }

    @Test
    void walidataReleasesADescribedDatasetAndTheEventIsRecorded() {
        fixtures.describe(dataset, "kesehatan", List.of("puskesmas"), 2020, 2023);
        SignedIn.as(fixtures.walidata());
        DatasetMetadata released = catalog.release(dataset.id(), "siap publik");
        assertThat(released.releasedAt()).isNotNull();
        assertThat(datasets.get(dataset.id()).visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(catalog.history(dataset.id()).get(0)).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(CatalogEventKind.RELEASED);
            assertThat(e.role()).isEqualTo("PENGAWAS");
            assertThat(e.note()).isEqualTo("siap publik");
            assertThat(e.userId()).isNotNull();
        });
        assertThatThrownBy(() -> catalog.release(dataset.id(), null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyWalidataRolesReleaseAndWithdraw() {
        fixtures.describe(dataset, "kesehatan", List.of(), 2020, 2023);
        for (Role role : List.of(Role.TEKNIS, Role.KEPALA_DINAS)) {
            SignedIn.as(opds.staff(role));
            assertThatThrownBy(() -> catalog.release(dataset.id(), null)).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(opds.opdStaff(opd));
        assertThatThrownBy(() -> catalog.release(dataset.id(), null)).isInstanceOf(AccessDeniedException.class);
        SignedIn.nobody();
        assertThatThrownBy(() -> catalog.release(dataset.id(), null)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(opds.staff(Role.TEKNIS));
        assertThat(datasets.get(dataset.id()).visibility()).isEqualTo(Visibility.INTERNAL);
    }

    @Test
    void releaseNeedsATopicADescriptionAndRows() {
        SignedIn.as(fixtures.walidata());
        assertThatThrownBy(() -> catalog.release(dataset.id(), null)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("catalog.error.release.topic");
        Dataset empty = datastore.dataset(opd, Visibility.INTERNAL);
        fixtures.describe(empty, "kesehatan", List.of(), 2020, 2020);
        assertThatThrownBy(() -> catalog.release(empty.id(), null)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("catalog.error.release.noRows");
        assertThat(datasets.get(empty.id()).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(catalog.history(empty.id())).extracting(CatalogEvent::kind)
            .containsExactly(CatalogEventKind.METADATA_CHANGED);
    }

    @Test
    void withdrawingNeedsAReasonAndMakesTheDatasetInternalAgain() {
        Dataset released = fixtures.released(opd, "Angka Kematian Bayi", "AKB per 1000", "kesehatan", List.of());
        SignedIn.as(fixtures.walidata());
        assertThatThrownBy(() -> catalog.withdraw(released.id(), " ")).isInstanceOf(ValidationException.class);
        catalog.withdraw(released.id(), "angka direvisi");
        assertThat(datasets.get(released.id()).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(catalog.history(released.id())).extracting(CatalogEvent::kind)
            .startsWith(CatalogEventKind.WITHDRAWN, CatalogEventKind.RELEASED);
        assertThatThrownBy(() -> catalog.withdraw(released.id(), "lagi")).isInstanceOf(ConflictException.class);
    }

    @Test
    void theCatalogRecordIsAppendOnly() {
        fixtures.describe(dataset, "kesehatan", List.of(), 2020, 2023);
        assertThatThrownBy(() -> db.execute("delete from catalog_event")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.update(DSL.table("catalog_event")).set(DSL.field("note"), "x").execute())
            .hasMessageContaining("append-only");
    }

}
