package id.satudata.portal.datastore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a kill of the hub during a load does to the data: the server loses the load's
 * session in the middle of COPY (as when the process dies), the transaction is rolled
 * back, and the start-up sweep marks the load FAILED.
 */
@PortalTest
class LoadInterruptionTest {

    private static final int ROWS_BEFORE_STALL = 200_000;

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    LoadService loads;

    @Autowired
    DatasetService datasets;

    @Autowired
    InterruptedLoads interrupted;

    @Autowired
    DSLContext db;

    @Test
    void aLoadWhoseSessionDiesDuringCopyLeavesNoRowsAndEndsFailed() throws Exception {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL,
                new TableSchema(
                        List.of(new SchemaField("kode", "Kode", FieldType.STRING, null, true, FieldRole.DIMENSION),
                                new SchemaField("nilai", "Nilai", FieldType.INTEGER, null, true, FieldRole.MEASURE)),
                        List.of()));
        StallingBody body = new StallingBody(ROWS_BEFORE_STALL);
        CompletableFuture<Object> load = CompletableFuture.supplyAsync(() -> {
            SignedIn.as(fixtures.teknis());
            try {
                return loads.load(LoadRequest.of(dataset.id(), LoadMode.APPEND, PayloadFormat.CSV), body);
            }
            catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(body.stalled.await(60, TimeUnit.SECONDS)).isTrue();
        Integer copyingBackend = awaitCopyInProgress(dataset.id());

        db.fetchValue("select pg_terminate_backend({0})", copyingBackend);
        body.release.countDown();
        load.get(60, TimeUnit.SECONDS);

        assertThat(db.fetchCount(DataTable.table(dataset.id()))).isZero();
        SignedIn.as(fixtures.teknis());
        assertThat(datasets.get(dataset.id()).rowCount()).isZero();
        interrupted.markFailed();
        assertThat(loads.history(dataset.id(), 5)).extracting(LoadRecord::status).containsExactly(LoadStatus.FAILED);
    }

    /** The backend running COPY into the dataset's table, once it has received rows. */
    private Integer awaitCopyInProgress(long datasetId) throws InterruptedException {
        String table = DataTable.SCHEMA + ".ds_" + datasetId;
        for (int i = 0; i < 600; i++) {
            Integer pid = db
                .resultQuery(
                        "select pid from pg_stat_progress_copy where relid = {0}::regclass and tuples_processed > 0",
                        table)
                .fetchOptional(0, Integer.class)
                .orElse(null);
            if (pid != null) {
                return pid;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no COPY into " + table + " in progress");
    }

    /**
     * A CSV body of 2 * rowsBeforeStall rows that hangs after the first half until
     * released.
     */
    private static final class StallingBody extends InputStream {

        final CountDownLatch stalled = new CountDownLatch(1);

        final CountDownLatch release = new CountDownLatch(1);

        private final int rowsBeforeStall;

        private byte[] chunk = "kode,nilai\n".getBytes(StandardCharsets.US_ASCII);

        private int pos;

        private int row;

        StallingBody(int rowsBeforeStall) {
            this.rowsBeforeStall = rowsBeforeStall;
        }

        @Override
        public int read() {
            if (pos == chunk.length) {
                if (row == rowsBeforeStall && stalled.getCount() > 0) {
                    stalled.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    }
                    catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (row == 2 * rowsBeforeStall) {
                    return -1;
                }
                row++;
                chunk = ("K" + row + "," + row + "\n").getBytes(StandardCharsets.US_ASCII);
                pos = 0;
            }
            return chunk[pos++];
        }

    }

}
