package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class SearchServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    DatastoreFixtures datastore;

    @Autowired
    PublicCatalog catalog;

    Opd opd;

    /**
     * A word no other test uses, so results are this test's own: two letters apart from
     * the others', so typo tolerance (one edit) does not reach theirs.
     */
    String word;

    @BeforeEach
    void opd() {
        opd = opds.opd("Dinkes");
        char letter = (char) ('a' + SEQUENCE.getAndIncrement());
        word = "zeta" + letter + letter + "qu";
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void publicSearchNeverShowsDraftOrInternalDatasetsAndWithdrawnOnesVanishAtOnce() {
        Dataset released = fixtures.released(opd, "Jumlah Puskesmas " + word, "Puskesmas", "kesehatan", List.of());
        Dataset internal = fixtures.dataset(opd, "Rekap Puskesmas " + word, "Internal", Visibility.INTERNAL);
        fixtures.describe(internal, "kesehatan", List.of("rahasia"), 2020, 2021);
        fixtures.dataset(opd, "Draf Puskesmas " + word, "Draf", Visibility.DRAFT);
        SearchResult found = search.search(SearchScope.publicScope(), SearchQuery.of(word));
        assertThat(found.hits()).extracting(SearchHit::datasetId).containsExactly(released.id());
        assertThat(found.facet(Facet.TAG)).extracting(FacetCount::value).doesNotContain("rahasia");
        fixtures.withdraw(released);
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of(word)).total()).isZero();
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of(word).filter(Facet.ORGANISATION, opd.code()))
            .hits()).isEmpty();
    }

    @Test
    void emptyQueryFindsExactlyTheReleasedDatasets() {
        fixtures.released(opd, "Jumlah Bidan " + word, "Bidan", "kesehatan", List.of());
        SearchResult all = search.search(SearchScope.publicScope(), SearchQuery.of("  ").page(0, 100));
        assertThat(all.total()).isEqualTo(catalog.stats().datasets());
        assertThat(all.hits()).extracting(SearchHit::slug).containsAll(catalog.slugs().stream().limit(100).toList());
    }

    @Test
    void visibilityChangedOutsideTheCatalogIsFollowed() {
        Dataset dataset = fixtures.dataset(opd, "Jumlah Posyandu " + word, "Posyandu", Visibility.INTERNAL);
        setVisibility(dataset, Visibility.PUBLIC);
        index.reconcile();
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of(word)).hits())
            .extracting(SearchHit::datasetId)
            .containsExactly(dataset.id());
        // made private again: hidden at the next search even before reconciliation
        setVisibility(dataset, Visibility.DRAFT);
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of(word)).hits()).isEmpty();
        assertThat(search.suggest(SearchScope.publicScope(), "jumlah posyandu " + word, 5)).isEmpty();
    }

    @Test
    void facetsCountPerOrganisationTopicTagFormatAndYearAndKeepOtherValuesOfAChosenFacet() {
        fixtures.released(opd, "Jumlah Dokter " + word, "Dokter", "kesehatan", List.of("tenaga-kesehatan"));
        fixtures.released(opd, "Jumlah Perawat " + word, "Perawat", "kesehatan", List.of("tenaga-kesehatan"));
        fixtures.released(opd, "Jumlah Guru " + word, "Guru", "pendidikan", List.of("guru"));
        SearchQuery query = SearchQuery.of(word);
        SearchResult all = search.search(SearchScope.publicScope(), query);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facet(Facet.ORGANISATION)).containsExactly(new FacetCount(opd.code(), 3, false));
        assertThat(all.facet(Facet.TOPIC)).containsExactlyInAnyOrder(new FacetCount("kesehatan", 2, false),
                new FacetCount("pendidikan", 1, false));
        assertThat(all.facet(Facet.TAG)).contains(new FacetCount("tenaga-kesehatan", 2, false));
        assertThat(all.facet(Facet.FORMAT)).contains(new FacetCount("CSV", 3, false));
        assertThat(all.facet(Facet.YEAR)).extracting(FacetCount::value)
            .containsExactlyInAnyOrder("2020", "2021", "2022", "2023");
        SearchResult health = search.search(SearchScope.publicScope(), query.filter(Facet.TOPIC, "kesehatan"));
        assertThat(health.total()).isEqualTo(2);
        assertThat(health.facet(Facet.TOPIC)).contains(new FacetCount("kesehatan", 2, true),
                new FacetCount("pendidikan", 1, false));
        assertThat(health.facet(Facet.TAG)).containsExactly(new FacetCount("tenaga-kesehatan", 2, false));
    }

    @Test
    void sehatFindsKesehatanAndTheMatchIsHighlighted() {
        Dataset dataset = fixtures.released(opd, "Indeks Kesehatan <Ibu> " + word,
                "Indeks kesehatan ibu dan anak per kabupaten/kota. Sumber: Dinas Kesehatan.", "kesehatan", List.of());
        SearchResult found = search.search(SearchScope.publicScope(), SearchQuery.of("sehat " + word));
        assertThat(found.hits()).extracting(SearchHit::datasetId).containsExactly(dataset.id());
        SearchHit hit = found.hits().get(0);
        assertThat(hit.titleHtml()).contains("<mark>Kesehatan</mark>").contains("&lt;Ibu&gt;").doesNotContain("<Ibu>");
        assertThat(hit.snippetHtml()).contains("<mark>kesehatan</mark>");
        assertThat(hit.organisationCode()).isEqualTo(opd.code());
        assertThat(hit.releasedAt()).isNotNull();
    }

    @Test
    void autocompleteOffersReleasedTitlesStartingWithTheTypedWords() {
        Dataset released = fixtures.released(opd, word + " Angka Harapan Hidup", "AHH", "kesehatan", List.of());
        fixtures.dataset(opd, word + " Angka Rahasia", "Internal", Visibility.INTERNAL);
        assertThat(search.suggest(SearchScope.publicScope(), word.substring(0, 5), 10))
            .extracting(Suggestion::datasetId)
            .containsExactly(released.id());
        assertThat(search.suggest(SearchScope.publicScope(), word + " angka har", 10)).extracting(Suggestion::title)
            .containsExactly(word + " Angka Harapan Hidup");
        assertThat(search.suggest(SearchScope.publicScope(), word + " angka xyz", 10)).isEmpty();
    }

    @Test
    void aMisspelledWordFindsTheDatasetButRanksBelowAnExactMatch() {
        Dataset spelled = fixtures.released(opd, "Jumlah Puskesmas " + word, "Puskesmas", "kesehatan", List.of());
        Dataset misspelled = fixtures.released(opd, "Jumlah Puskesmaz " + word, "Puskesmas", "kesehatan", List.of());
        SearchResult typed = search.search(SearchScope.publicScope(), SearchQuery.of("puskesmas " + word));
        assertThat(typed.hits()).extracting(SearchHit::datasetId).containsExactly(spelled.id(), misspelled.id());
        assertThat(typed.hits().get(1).titleHtml()).contains("<mark>Puskesmaz</mark>");
        // a typo in the query: one edit from the title's word, two from the other
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of("pukesmas " + word)).hits())
            .extracting(SearchHit::datasetId)
            .containsExactly(spelled.id());
        // found, below the one with exactly that word
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of("puskesmaz " + word)).hits())
            .extracting(SearchHit::datasetId)
            .containsExactly(misspelled.id(), spelled.id());
    }

    @Test
    void wordsShorterThanFiveLettersMatchOnlyExactly() {
        Dataset guru = fixtures.released(opd, "Jumlah Guru " + word, "Guru", "pendidikan", List.of());
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of("guru " + word)).hits())
            .extracting(SearchHit::datasetId)
            .containsExactly(guru.id());
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of("gutu " + word)).total()).isZero();
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of("jumlsh " + word)).hits())
            .extracting(SearchHit::datasetId)
            .containsExactly(guru.id());
    }

    @Test
    void nonsenseAndBrokenQueriesGiveEmptyResultsNotErrors() {
        fixtures.released(opd, "Jumlah Apotek " + word, "Apotek", "kesehatan", List.of());
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of("xqzvvkqplm")).total()).isZero();
        for (String broken : List.of("\"((( AND OR -", "title:", "*", "~~~", "[a TO", "\\", "yang dan", "\u0000")) {
            assertThatCode(() -> search.search(SearchScope.publicScope(), SearchQuery.of(broken)))
                .doesNotThrowAnyException();
            assertThatCode(() -> search.suggest(SearchScope.publicScope(), broken, 5)).doesNotThrowAnyException();
        }
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of("\"jumlah apotek\" " + word)).total())
            .isEqualTo(1);
    }

    @Test
    void resultsSortByTitleOrNewestAndPage() {
        Dataset b = fixtures.released(opd, "B Jumlah Pasar " + word, "Pasar", "ekonomi", List.of());
        Dataset a = fixtures.released(opd, "A Jumlah Koperasi " + word, "Koperasi", "ekonomi", List.of());
        Dataset c = fixtures.released(opd, "C Jumlah UMKM " + word, "UMKM", "ekonomi", List.of());
        SearchQuery query = SearchQuery.of(word);
        assertThat(search.search(SearchScope.publicScope(), query.sorted(SearchSort.TITLE)).hits())
            .extracting(SearchHit::datasetId)
            .containsExactly(a.id(), b.id(), c.id());
        assertThat(search.search(SearchScope.publicScope(), query.sorted(SearchSort.NEWEST)).hits())
            .extracting(SearchHit::datasetId)
            .containsExactly(c.id(), a.id(), b.id());
        SearchResult second = search.search(SearchScope.publicScope(), query.sorted(SearchSort.TITLE).page(1, 1));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.hits()).extracting(SearchHit::datasetId).containsExactly(b.id());
        assertThatThrownBy(() -> search.search(SearchScope.publicScope(), query.page(0, 1000)))
            .isInstanceOf(id.satudata.portal.base.error.ValidationException.class);
    }

    @Test
    void aDatasetsFirstRowsReachTheFormatFacetAtOnce() {
        Opd own = opds.opd("Bapenda " + word);
        Dataset empty = datastore.dataset(own, Visibility.INTERNAL);
        SignedIn.as(opds.opdStaff(own));
        assertThat(search.search(SearchScope.opd(own.id()), SearchQuery.of("")).facet(Facet.FORMAT)).isEmpty();

        datastore.load(empty, LoadMode.REPLACE, DatastoreFixtures.POPULATION_CSV);

        assertThat(search.search(SearchScope.opd(own.id()), SearchQuery.of("")).facet(Facet.FORMAT))
            .contains(new FacetCount("CSV", 1, false));
    }

    @Test
    void opdStaffSearchAllTheirOwnDatasetsButNoOtherOpdInternally() {
        Dataset draft = fixtures.dataset(opd, "Draf Stunting " + word, "Draf", Visibility.DRAFT);
        SignedIn.as(opds.opdStaff(opd));
        assertThat(search.search(SearchScope.opd(opd.id()), SearchQuery.of(word)).hits())
            .extracting(SearchHit::datasetId)
            .containsExactly(draft.id());
        Opd other = opds.opd("Disdik");
        assertThatThrownBy(() -> search.search(SearchScope.opd(other.id()), SearchQuery.of(word)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.search(SearchScope.allDatasets(), SearchQuery.of(word)))
            .isInstanceOf(AccessDeniedException.class);
        SignedIn.nobody();
        assertThatThrownBy(() -> search.search(SearchScope.opd(opd.id()), SearchQuery.of(word)))
            .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(opds.staff(Role.PENGAWAS));
        assertThat(search.search(SearchScope.allDatasets(), SearchQuery.of(word)).total()).isEqualTo(1);
    }

    /** As SQL run by hand would: the database changed, the catalogue not told. */
    private void setVisibility(Dataset d, Visibility visibility) {
        datastore.setVisibility(d, visibility);
    }

}
