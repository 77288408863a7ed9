package id.satudata.portal.datastore.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.GeneratedRows;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.schema.SchemaChange;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rename on a large dataset (1,000,000 rows generated in PostgreSQL) and a rename asked
 * for while a push is running: values are never lost, the change waits for the load or is
 * refused clearly.
 */
@PortalTest
class SchemaChangeUnderLoadTest {

    private static final Logger log = LoggerFactory.getLogger(SchemaChangeUnderLoadTest.class);

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    DatasetService datasets;

    @Autowired
    LoadService loads;

    @Autowired
    GeneratedRows generated;

    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static TableSchema renamed(TableSchema schema, String from, String to) {
        return new TableSchema(schema.fields().stream().map(f -> f.name().equals(from) ? f.withName(to) : f).toList(),
                schema.primaryKey().stream().map(k -> k.equals(from) ? to : k).toList());
    }

    private long sum(Dataset dataset, String column) {
        return db.fetchValue("select coalesce(sum({0}), 0) + count({0}) * 0 from {1}", org.jooq.impl.DSL.name(column),
                DataTable.name(dataset.id())) instanceof Number n ? n.longValue() : -1;
    }

    @Test
    void renamingAColumnOfAMillionRowsKeepsEveryValue() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL, GeneratedRows.SCHEMA);
        generated.fill(dataset.id(), 1_000_000);
        long before = sum(dataset, "jumlah");
        SignedIn.as(fixtures.teknis());

        long start = System.nanoTime();
        Dataset changed = datasets.changeSchema(dataset.id(),
                SchemaChange.to(renamed(GeneratedRows.SCHEMA, "jumlah", "jumlah_jiwa"))
                    .renaming("jumlah", "jumlah_jiwa"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // warn: the tests log at warn and above, and this figure is what the test is for
        log.warn("Rename of a column of 1,000,000 rows: {} ms", millis);

        assertThat(changed.rowCount()).isEqualTo(1_000_000);
        assertThat(sum(changed, "jumlah_jiwa")).isEqualTo(before).isPositive();
        assertThat(db.fetchCount(DataTable.table(dataset.id()),
                org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("jumlah_jiwa")).isNotNull()))
            .isEqualTo(1_000_000);
    }

    @Test
    void aRenameAskedForDuringAPushWaitsForItOrIsRefusedAndLosesNothing() throws Exception {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        PortalUser teknis = fixtures.teknis();
        PipedOutputStream sender = new PipedOutputStream();
        PipedInputStream body = new PipedInputStream(sender, 1 << 16);
        sender.write("""
                kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk
                6401,Paser,2023,300000
                """.getBytes(StandardCharsets.UTF_8));
        sender.flush();
        CompletableFuture<LoadResult> push = CompletableFuture.supplyAsync(() -> {
            SignedIn.as(teknis);
            return loads.load(LoadRequest.of(dataset.id(), LoadMode.APPEND, PayloadFormat.CSV), body);
        });
        awaitLoadHoldingTheDataset(dataset);
        SignedIn.as(teknis);
        SchemaChange rename = SchemaChange.to(renamed(DatastoreFixtures.POPULATION, "jumlah_penduduk", "penduduk"))
            .renaming("jumlah_penduduk", "penduduk");

        // the load goes on longer than a schema change waits: refused, nothing changed
        assertThatThrownBy(() -> datasets.changeSchema(dataset.id(), rename)).isInstanceOfSatisfying(
                ValidationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("datastore.error.schema.loadRunning"));
        assertThat(datasets.get(dataset.id()).schemaVersion()).isEqualTo(dataset.schemaVersion());

        // asked again while the load finishes: the rename waits for it, then keeps its
        // rows
        CompletableFuture<Dataset> change = CompletableFuture.supplyAsync(() -> {
            SignedIn.as(teknis);
            return datasets.changeSchema(dataset.id(), rename);
        });
        Thread.sleep(300);
        finish(sender);
        assertThat(push.get(30, TimeUnit.SECONDS).status()).isEqualTo(LoadStatus.ACCEPTED);
        Dataset changed = change.get(30, TimeUnit.SECONDS);

        assertThat(changed.rowCount()).isEqualTo(2);
        assertThat(sum(changed, "penduduk")).isEqualTo(470000);
        assertThat(changed.schema().field("penduduk")).isPresent();
    }

    private static void finish(PipedOutputStream sender) throws IOException {
        sender.write("6402,Kutai Barat,2023,170000\n".getBytes(StandardCharsets.UTF_8));
        sender.close();
    }

    /** Until the push's transaction holds the dataset's row (another session waits). */
    private void awaitLoadHoldingTheDataset(Dataset dataset) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Boolean held = db.fetchValue(
                    "select exists (select 1 from dataset_load where dataset_id = {0} and status = 'RUNNING')",
                    dataset.id()) instanceof Boolean b ? b : false;
            if (held && lockedByAnother(dataset)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the push never started");
    }

    private boolean lockedByAnother(Dataset dataset) {
        // a row lock shows as a tuple lock only when someone waits; try it without
        // waiting
        return db.transactionResult(c -> {
            try {
                c.dsl().execute("select 1 from dataset where id = {0} for update nowait", dataset.id());
                return false;
            }
            catch (RuntimeException e) {
                return true;
            }
        });
    }

}
