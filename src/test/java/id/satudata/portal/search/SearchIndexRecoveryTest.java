package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class SearchIndexRecoveryTest {

    @Autowired
    SearchIndex index;

    @Autowired
    SearchService search;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aCorruptIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
        fixtures.released(opds.opd("Bappeda"), "Produk Domestik Regional Bruto Omikron", "PDRB", "ekonomi", List.of());
        SignedIn.as(opds.staff(Role.ADMINISTRATOR));
        long before = search.health().documents();
        Path folder = Path.of(search.health().indexPath());
        index.destroy();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] { 1, 2, 3 });
            }
        }
        index.afterPropertiesSet();
        SearchHealth health = search.health();
        assertThat(health.healthy()).isTrue();
        assertThat(health.documents()).isEqualTo(before).isEqualTo(health.databaseDatasets());
        assertThat(health.lastRebuildAt()).isNotNull();
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of("omikron")).total()).isEqualTo(1);
    }

    @Test
    void anIndexWrittenWithAnotherSchemaVersionIsRebuiltAtStart() throws Exception {
        fixtures.released(opds.opd("Bappeda"), "Indeks Pembangunan Manusia Kuadrilion", "IPM", "sosial", List.of());
        SignedIn.as(opds.staff(Role.ADMINISTRATOR));
        long datasets = search.health().databaseDatasets();
        Path folder = Path.of(search.health().indexPath());
        index.destroy();
        // as an earlier version left it: same database, no schema version, no index order
        Map<String, String> written;
        try (Directory directory = FSDirectory.open(folder)) {
            written = SegmentInfos.readLatestCommit(directory).getUserData();
            try (IndexWriter old = new IndexWriter(directory,
                    new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                old.addDocument(new Document());
                old.setLiveCommitData(Map.of("database", written.get("database")).entrySet());
            }
        }
        index.afterPropertiesSet();
        SearchHealth health = search.health();
        assertThat(health.healthy()).isTrue();
        assertThat(health.documents()).isEqualTo(datasets);
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of("kuadrilion")).total()).isEqualTo(1);
        try (Directory directory = FSDirectory.open(folder)) {
            assertThat(SegmentInfos.readLatestCommit(directory).getUserData()).containsEntry("schema",
                    IndexSchema.VERSION);
        }
    }

    @Test
    void anIndexOpenedWithAStaleDocumentAnswersAtOnceAndIsCorrectedByTheReconcileThatFollows() throws Exception {
        Dataset dataset = fixtures.dataset(opds.opd("Dinas Perikanan"), "Rekap Tambak Zeta Udang", "Tambak",
                Visibility.INTERNAL);
        SignedIn.as(opds.staff(Role.ADMINISTRATOR));
        index.destroy();
        // changed while the portal was down: no event reaches the index
        db.execute("update dataset set title = 'Rekap Tambak Zeta Kerapu', updated_at = now() where id = ?",
                dataset.id());
        Queue<Runnable> afterOpening = new ArrayDeque<>();
        index.afterOpening().runWith(afterOpening::add);
        try {
            index.afterPropertiesSet();
            assertThat(staffFound("zeta udang")).containsExactly(dataset.id());
            assertThat(search.health().healthy()).as("healthy before the reconcile").isFalse();
            afterOpening.remove().run();
        }
        finally {
            index.afterOpening().runWith(ReconcileAfterOpening.IN_THE_BACKGROUND);
        }
        assertThat(index.afterOpening().done().get()).isEqualTo(1);
        assertThat(staffFound("zeta udang")).isEmpty();
        assertThat(staffFound("zeta kerapu")).containsExactly(dataset.id());
        assertThat(search.health().healthy()).isTrue();
    }

    private List<Long> staffFound(String words) {
        return search.search(SearchScope.allDatasets(), SearchQuery.of(words))
            .hits()
            .stream()
            .map(SearchHit::datasetId)
            .toList();
    }

    @Test
    void aChangeByAThreadWithAPendingInterruptNeitherKillsTheWriterNorLosesTheInterrupt() {
        var dataset = fixtures.released(opds.opd("Bappeda"), "Indeks Harga Konsumen Upsilon", "IHK", "ekonomi",
                List.of());
        boolean keptInterrupt;
        Thread.currentThread().interrupt();
        try {
            index.update(dataset.id());
            index.reconcile();
        }
        finally {
            keptInterrupt = Thread.interrupted();
        }
        assertThat(keptInterrupt).isTrue();
        assertThat(index.openIndex().writable()).isTrue();
        assertThat(search.search(SearchScope.publicScope(), SearchQuery.of("upsilon")).total()).isEqualTo(1);
    }

    @Test
    void healthAndRebuildAreForStaffOnly() {
        SignedIn.as(opds.opdStaff(opds.opd("Dinsos")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.rebuild())
            .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignedIn.as(opds.staff(Role.TEKNIS));
        assertThat(search.rebuild().healthy()).isTrue();
    }

}
