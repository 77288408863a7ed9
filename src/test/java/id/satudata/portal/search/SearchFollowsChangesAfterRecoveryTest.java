package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.catalog.CatalogChanged;
import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetChanged;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.base.changefeed.ChangeFeed;
import id.satudata.portal.base.rebuild.DerivedDataRebuilder;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the index is rebuilt or recovered in a running portal, search still follows the
 * catalogue: its own releases and the change feed (releases made on another instance).
 */
@PortalTest
class SearchFollowsChangesAfterRecoveryTest {

    @Autowired
    SearchIndex index;

    @Autowired
    SearchService search;

    @Autowired
    List<DerivedDataRebuilder> rebuilders;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    ChangeFeed feed;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aDatasetReleasedAfterARestoreRebuildIsFoundAndSoIsOneReleasedOnAnotherInstance() throws Exception {
        Opd opd = opds.opd("Disdukcapil");
        rebuilders.stream().filter(r -> r.name().equals("search-index")).forEach(DerivedDataRebuilder::rebuild);
        fixtures.released(opd, "Rekap Kependudukan Lambda Pasca Pemulihan", "Penduduk", "kependudukan", List.of());
        assertThat(found("lambda pasca pemulihan")).isEqualTo(1);
        Dataset other = releasedElsewhere(opd, "Rekap Kependudukan Kappa Instansi Lain");
        assertThat(awaitFound("kappa instansi lain", Duration.ofSeconds(5)))
            .as("dataset %d via the change feed", other.id())
            .isEqualTo(1);
    }

    @Test
    void aDatasetEditedOnAnotherInstanceIsFollowedThroughTheChangeFeed() throws Exception {
        Opd opd = opds.opd("Dinas Lingkungan Hidup");
        Dataset dataset = fixtures.dataset(opd, "Rekap Sungai", "Uji", Visibility.INTERNAL);
        transaction.executeWithoutResult(status -> {
            db.execute("update dataset set title = 'Rekap Sungai Omikron Instansi Lain' where id = ?", dataset.id());
            feed.append(DatasetChanged.FEED_KIND, Long.toString(dataset.id()));
        });
        SignedIn.as(opds.staff(id.satudata.portal.security.Role.ADMINISTRATOR));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<Long> found = staffFound("omikron instansi lain");
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = staffFound("omikron instansi lain");
        }
        assertThat(found).containsExactly(dataset.id());
    }

    private List<Long> staffFound(String words) {
        return search.search(SearchScope.allDatasets(), SearchQuery.of(words))
            .hits()
            .stream()
            .map(SearchHit::datasetId)
            .toList();
    }

    @Test
    void aRecoveryWhileTheChangeFeedIsUpdatingLeavesSearchFollowingIt() throws Exception {
        Opd opd = opds.opd("Disnaker");
        Dataset busy = fixtures.released(opd, "Rekap Tenaga Kerja Sigma Sibuk", "Tenaga kerja", "ekonomi", List.of());
        AtomicBoolean running = new AtomicBoolean(true);
        // what the change-feed follower does on its own thread: index a dataset per event
        Thread follower = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                try {
                    index.update(busy.id());
                }
                catch (RuntimeException closedMeanwhile) {
                    // an event met the index while it was closed; reconciliation catches
                    // up
                }
            }
        });
        try {
            for (int i = 0; i < 3; i++) {
                index.destroy();
                corruptSegments();
                index.afterPropertiesSet();
            }
        }
        finally {
            running.set(false);
            follower.join();
        }
        fixtures.released(opd, "Rekap Tenaga Kerja Omega Sesudahnya", "Tenaga kerja", "ekonomi", List.of());
        assertThat(found("omega sesudahnya")).isEqualTo(1);
        assertThat(releasedElsewhere(opd, "Rekap Tenaga Kerja Tau Instansi Lain")).isNotNull();
        assertThat(awaitFound("tau instansi lain", Duration.ofSeconds(5))).isEqualTo(1);
    }

    @Test
    void aWriterClosedByAFailureIsReplacedAndTheNextReleaseIsFound() throws Exception {
        Opd opd = opds.opd("Dispar");
        fixtures.released(opd, "Kunjungan Wisatawan Delta Sebelumnya", "Wisata", "pariwisata", List.of());
        // as a tragic failure does (an I/O error or an interrupt during a write)
        index.openIndex().writer().rollback();
        fixtures.released(opd, "Kunjungan Wisatawan Epsilon Sesudahnya", "Wisata", "pariwisata", List.of());
        assertThat(found("epsilon sesudahnya")).isEqualTo(1);
        assertThat(found("delta sebelumnya")).isEqualTo(1);
        SignedIn.as(opds.staff(id.satudata.portal.security.Role.ADMINISTRATOR));
        assertThat(search.health().healthy()).isTrue();
    }

    /**
     * A dataset released the way another instance does it: the row changes in the
     * database and the change feed carries the event; nothing is published here.
     */
    private Dataset releasedElsewhere(Opd opd, String title) {
        Dataset dataset = fixtures.dataset(opd, title, "Dirilis di instansi lain", Visibility.INTERNAL);
        fixtures.describe(dataset, "kependudukan", List.of(), 2020, 2021);
        transaction.executeWithoutResult(status -> {
            db.execute("update dataset set visibility = 'PUBLIC' where id = ?", dataset.id());
            feed.append(CatalogChanged.FEED_KIND, Long.toString(dataset.id()));
        });
        return dataset;
    }

    private long found(String words) {
        return search.search(SearchScope.publicScope(), SearchQuery.of(words)).total();
    }

    private long awaitFound(String words, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long found = found(words);
        while (found == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = found(words);
        }
        return found;
    }

    private void corruptSegments() throws Exception {
        try (Stream<Path> files = Files.list(index.path())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] { 1, 2, 3 });
            }
        }
    }

}
