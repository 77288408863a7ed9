package id.satudata.portal.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadRequest;
import id.satudata.portal.datastore.ingest.LoadResult;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.RowQuery;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class DatasetAccessTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    DatasetService datasets;

    @Autowired
    DatasetQueryService queries;

    @Autowired
    LoadService loads;

    Opd mine;

    Opd other;

    Dataset draft;

    Dataset internal;

    Dataset published;

    Dataset othersDraft;

    @BeforeEach
    void datasets() {
        mine = fixtures.opd();
        other = opds.opd("Dinkes");
        draft = fixtures.dataset(mine, Visibility.DRAFT);
        internal = fixtures.dataset(other, Visibility.INTERNAL);
        published = fixtures.dataset(other, Visibility.PUBLIC);
        othersDraft = fixtures.dataset(other, Visibility.DRAFT);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void anonymousVisitorsSeeOnlyPublicDatasets() {
        assertThat(datasets.list(null)).extracting(Dataset::id)
            .contains(published.id())
            .doesNotContain(draft.id(), internal.id(), othersDraft.id());
        assertThatThrownBy(() -> queries.rows(internal.id(), RowQuery.all(), 0, 10))
            .isInstanceOf(NotFoundException.class);
        assertThat(queries.rows(published.id(), RowQuery.all(), 0, 10).rows()).isEmpty();
    }

    @Test
    void opdStaffSeeTheirOwnDraftsAndOthersInternalAndPublicButNotOthersDrafts() {
        SignedIn.as(opds.opdStaff(mine));
        assertThat(datasets.list(null)).extracting(Dataset::id)
            .contains(draft.id(), internal.id(), published.id())
            .doesNotContain(othersDraft.id());
        assertThatThrownBy(() -> datasets.get(othersDraft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.distinct(othersDraft.id(), "tahun", java.util.List.of(), 10))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void staffSeeEveryDataset() {
        SignedIn.as(opds.staff(Role.PENGAWAS));
        assertThat(datasets.list(null)).extracting(Dataset::id)
            .contains(draft.id(), internal.id(), published.id(), othersDraft.id());
    }

    @Test
    void opdStaffLoadIntoTheirOwnDatasetsOnly() {
        SignedIn.as(opds.opdStaff(mine));
        LoadResult result = loads.load(LoadRequest.of(draft.id(), LoadMode.APPEND, PayloadFormat.CSV), csv());
        assertThat(result.accepted()).isTrue();
        assertThatThrownBy(() -> loads.load(LoadRequest.of(internal.id(), LoadMode.APPEND, PayloadFormat.CSV), csv()))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheTechnicalTeamAndAdministratorsChangeSchemas() {
        SignedIn.as(opds.opdStaff(mine));
        assertThatThrownBy(() -> datasets.defineSchema(draft.id(), DatastoreFixtures.POPULATION))
            .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(opds.staff(Role.PENGAWAS));
        assertThatThrownBy(() -> datasets.defineSchema(draft.id(), DatastoreFixtures.POPULATION))
            .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(opds.staff(Role.ADMINISTRATOR));
        assertThat(datasets.defineSchema(draft.id(), DatastoreFixtures.POPULATION).schemaVersion()).isEqualTo(2);
    }

    @Test
    void anonymousVisitorsCannotLoad() {
        assertThatThrownBy(() -> loads.load(LoadRequest.of(published.id(), LoadMode.APPEND, PayloadFormat.CSV), csv()))
            .isInstanceOf(AccessDeniedException.class);
    }

    private static ByteArrayInputStream csv() {
        return new ByteArrayInputStream(DatastoreFixtures.POPULATION_CSV.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void managingADatasetNeverReleasesOrWithdrawsIt() {
        SignedIn.as(opds.staff(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> datasets.create(new DatasetDraft(mine.id(), null, "langsung-publik", "Langsung publik",
                "", UpdateFrequency.YEARLY, Visibility.PUBLIC)))
            .isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("datastore.error.visibility.release"));
        assertThatThrownBy(() -> datasets.update(internal.id(), draftOf(internal, Visibility.PUBLIC)))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> datasets.update(published.id(), draftOf(published, Visibility.DRAFT)))
            .isInstanceOf(ValidationException.class);
        assertThat(datasets.get(internal.id()).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(datasets.get(published.id()).visibility()).isEqualTo(Visibility.PUBLIC);
        // the rest of a public dataset may be edited; it stays public
        assertThat(datasets
            .update(published.id(),
                    new DatasetDraft(other.id(), null, published.slug(), "Judul baru", "", UpdateFrequency.YEARLY,
                            Visibility.PUBLIC))
            .visibility()).isEqualTo(Visibility.PUBLIC);
    }

    private static DatasetDraft draftOf(Dataset d, Visibility visibility) {
        return new DatasetDraft(d.opdId(), null, d.slug(), d.title(), d.description(), d.updateFrequency(), visibility);
    }

}
