package id.satudata.portal.datastore.ingest;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetRepository;
import id.satudata.portal.datastore.DatastoreProperties;
import id.satudata.portal.datastore.schema.TableSchema;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of a load. Standing alone, the load record is written in its own short
 * transactions and the data in another, so a rejected or failed load rolls back its rows
 * but keeps its record. Inside a surrounding transaction (the demo), the record joins it
 * and the data runs in a savepoint.
 */
@Component
class LoadTransactions {

    private static final Logger log = LoggerFactory.getLogger(LoadTransactions.class);

    private final PlatformTransactionManager manager;

    private final DatasetRepository datasets;

    private final LoadExecutor executor;

    private final DatastoreProperties properties;

    LoadTransactions(PlatformTransactionManager manager, DatasetRepository datasets, LoadExecutor executor,
            DatastoreProperties properties) {
        this.manager = manager;
        this.datasets = datasets;
        this.executor = executor;
        this.properties = properties;
    }

    /** How a load ended. */
    record Outcome(LoadStatus status, long rowsIn, long rowsAccepted, long rowCount, LoadReport report) {
    }

    long maxPayloadBytes() {
        return properties.maxPayloadBytes();
    }

    <T> T read(Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(manager);
        template.setReadOnly(true);
        return template.execute(status -> work.get());
    }

    long record(Supplier<Long> work) {
        TransactionTemplate template = new TransactionTemplate(manager);
        template.setPropagationBehavior(
                active() ? TransactionDefinition.PROPAGATION_REQUIRED : TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template.execute(status -> work.get());
    }

    Outcome execute(LoadRequest request, long loadId, InputStream body) {
        LoadReport report = new LoadReport();
        TransactionTemplate template = new TransactionTemplate(manager);
        template.setPropagationBehavior(
                active() ? TransactionDefinition.PROPAGATION_NESTED : TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        long[] rowsIn = new long[1];
        try {
            return template.execute(status -> {
                Dataset dataset = datasets.lock(request.datasetId());
                try {
                    LoadExecutor.Accepted accepted = runLocked(dataset, request, loadId, body, report);
                    return new Outcome(LoadStatus.ACCEPTED, accepted.rowsIn(), accepted.rowsAccepted(),
                            accepted.rowCount(), report);
                }
                catch (LoadRejected e) {
                    rowsIn[0] = e.rowsIn();
                    throw e;
                }
                catch (IOException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        catch (LoadRejected e) {
            return new Outcome(LoadStatus.REJECTED, rowsIn[0], 0, 0, report);
        }
        catch (PayloadException e) {
            report.add(e.row(), null, e.problem(), e.reason(), e.params().toArray(String[]::new));
            return new Outcome(LoadStatus.REJECTED, rowsIn[0], 0, 0, report);
        }
        catch (RuntimeException e) {
            log.error("Load {} failed", loadId, e);
            report.add(0, null, LoadProblem.INTERNAL, ErrorReason.INTERNAL);
            return new Outcome(LoadStatus.FAILED, rowsIn[0], 0, 0, report);
        }
    }

    private LoadExecutor.Accepted runLocked(Dataset dataset, LoadRequest request, long loadId, InputStream in,
            LoadReport report) throws IOException, SQLException {
        TableSchema schema = dataset.schema();
        if (schema.isEmpty()) {
            throw new PayloadException(LoadProblem.NO_SCHEMA, 0, ErrorReason.NO_SCHEMA);
        }
        if (request.mode() == LoadMode.UPSERT && schema.primaryKey().isEmpty()) {
            throw new PayloadException(LoadProblem.NO_KEY, 0, ErrorReason.NO_KEY);
        }
        try (BodyReader body = BodyReader.of(request, in, properties.maxRowChars())) {
            try {
                return executor.run(dataset, request.mode(), loadId, body.rows(schema), report);
            }
            finally {
                body.describe(report);
            }
        }
    }

    private static boolean active() {
        return TransactionSynchronizationManager.isActualTransactionActive();
    }

}
