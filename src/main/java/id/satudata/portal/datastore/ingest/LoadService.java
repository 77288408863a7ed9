package id.satudata.portal.datastore.ingest;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.datastore.ApiKeyGrant;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetAccess;
import id.satudata.portal.datastore.DatasetRepository;
import id.satudata.portal.base.audit.AuditLog;
import id.satudata.portal.base.metrics.PortalMetrics;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads data into datasets (push API, upload, pull connector, demo) and answers for their
 * history. A load is recorded first, then its rows are validated and written in one
 * transaction that commits all or nothing; the record (status, counts, validation report)
 * and the raw payload file are kept whatever the outcome.
 */
@Service
public class LoadService {

    private static final Logger log = LoggerFactory.getLogger(LoadService.class);

    private final DatasetRepository datasets;

    private final LoadRepository loads;

    private final LoadTransactions transactions;

    private final PayloadStore payloads;

    private final CurrentCaller caller;

    private final Clock clock;

    private final PortalMetrics metrics;

    private final AuditLog audit;

    LoadService(DatasetRepository datasets, LoadRepository loads, LoadTransactions transactions, PayloadStore payloads,
            CurrentCaller caller, Clock clock, PortalMetrics metrics, AuditLog audit) {
        this.datasets = datasets;
        this.loads = loads;
        this.transactions = transactions;
        this.payloads = payloads;
        this.caller = caller;
        this.clock = clock;
        this.metrics = metrics;
        this.audit = audit;
    }

    /**
     * Runs a load of the body into the dataset. Authorised for: an API key issued for the
     * dataset (or its integration); TEKNIS and ADMINISTRATOR; OPD staff of the dataset's
     * OPD. The body is read as a stream and closed.
     */
    public LoadResult load(LoadRequest request, InputStream body) {
        Dataset dataset = transactions.read(() -> datasets.findById(request.datasetId()))
            .orElseThrow(() -> new NotFoundException("dataset", request.datasetId()));
        return loadInto(dataset, request, body);
    }

    /**
     * A push of the body into the dataset with this slug, authorised like {@link #load}.
     * The dataset's row is read once here, to authorise before anything is recorded, and
     * once more locked in the load's transaction (its schema may change in between).
     */
    public LoadResult push(String slug, LoadMode mode, PayloadFormat format, @Nullable String charset,
            InputStream body) {
        Dataset dataset = transactions.read(() -> datasetForLoad(slug));
        return loadInto(dataset, LoadRequest.of(dataset.id(), mode, format).withCharset(charset), body);
    }

    private LoadResult loadInto(Dataset dataset, LoadRequest request, InputStream body) {
        Caller who = caller.get();
        Optional<ApiKeyGrant> grant = ApiKeyGrant.current();
        if (grant.isPresent()) {
            if (!grant.get().covers(dataset)) {
                throw new AccessDeniedException("The API key was not issued for dataset " + dataset.slug());
            }
        }
        else {
            DatasetAccess.requireLoad(who, dataset);
        }
        LoadSource source = grant.isPresent() ? LoadSource.PUSH
                : request.connectorId() != null ? LoadSource.PULL : LoadSource.UPLOAD;
        String actor = grant.map(ApiKeyGrant::toString)
            .orElse(request.connectorId() != null ? "connector:" + request.connectorId() : who.name());
        Long keyId = grant.map(ApiKeyGrant::keyId).orElse(null);
        LoadResult result = run(request, body, source, actor, who.userId(), keyId);
        metrics.loadFinished(dataset.slug(), result.accepted(), result.rowsAccepted(),
                Duration.ofMillis(result.durationMs()));
        audit.load(actor, dataset.slug(), result.rowsAccepted(), result.accepted());
        return result;
    }

    /**
     * The dataset a push addresses by slug. With an API key the dataset is found whatever
     * its visibility (so that a key of another dataset gets "forbidden", not "not
     * found"); people must be able to see it.
     */
    @Transactional(readOnly = true)
    public Dataset datasetForLoad(String slug) {
        Dataset dataset = datasets.findBySlug(slug).orElseThrow(() -> new NotFoundException("dataset", slug));
        if (ApiKeyGrant.current().isEmpty() && !DatasetAccess.canSee(caller.get(), dataset)) {
            throw new NotFoundException("dataset", slug);
        }
        return dataset;
    }

    /** A load of the demo data, inside the demo's transaction (no caller checks). */
    public LoadResult loadForDemo(LoadRequest request, InputStream body) {
        return run(request, body, LoadSource.DEMO, "demo", null, null);
    }

    private LoadResult run(LoadRequest request, InputStream body, LoadSource source, String actor, Long userId,
            Long keyId) {
        long started = System.nanoTime();
        long loadId = transactions
            .record(() -> loads.start(request, source, actor, userId, keyId, OffsetDateTime.now(clock)));
        String captured = PayloadStore.relativePath(request.datasetId(), loadId, request.format());
        LoadTransactions.Outcome outcome;
        long bytes;
        boolean cutOff;
        try (PayloadStore.Capture capture = payloads.capture(body, captured, transactions.maxPayloadBytes())) {
            outcome = transactions.execute(request, loadId, capture);
            capture.drain();
            bytes = capture.bytes();
            cutOff = capture.exceeded();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a body over the limit is rejected whole: no partial payload file is kept
        @Nullable String path = cutOff ? null : captured;
        if (cutOff) {
            payloads.delete(captured);
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        LoadReport report = outcome.report();
        transactions.record(() -> {
            loads.finish(loadId, outcome.status(), outcome.rowsIn(), outcome.rowsAccepted(), report, bytes, path,
                    OffsetDateTime.now(clock), durationMs);
            return loadId;
        });
        log.info("Load {} of dataset {} by {}: {} ({} rows in, {} errors, {} ms)", loadId, request.datasetId(), actor,
                outcome.status(), outcome.rowsIn(), report.errorCount(), durationMs);
        LoadProblem problem = outcome.status() == LoadStatus.FAILED ? LoadProblem.INTERNAL : report.mainProblem();
        return new LoadResult(loadId, outcome.status(), outcome.rowsIn(), outcome.rowsAccepted(), outcome.rowCount(),
                report.errorCount(), outcome.status() == LoadStatus.ACCEPTED ? null : problem, report.errors(),
                report.counts(), durationMs, report.valuesReadAsMissing(), report.valuesCleaned(),
                report.firstCleaned());
    }

    /** The loads of a dataset, newest first. */
    @Transactional(readOnly = true)
    public List<LoadRecord> history(long datasetId, int limit) {
        visibleDataset(datasetId);
        return loads.history(datasetId, Math.min(Math.max(limit, 1), 500));
    }

    /**
     * One load; for an API key only loads of what it was issued for, for people the
     * dataset must be visible.
     */
    @Transactional(readOnly = true)
    public LoadRecord get(long loadId) {
        LoadRecord record = loads.find(loadId).orElseThrow(() -> new NotFoundException("load", loadId));
        Dataset dataset = datasets.findById(record.datasetId()).orElseThrow();
        Optional<ApiKeyGrant> grant = ApiKeyGrant.current();
        boolean allowed = grant.map(g -> g.covers(dataset)).orElse(DatasetAccess.canSee(caller.get(), dataset));
        if (!allowed) {
            throw new NotFoundException("load", loadId);
        }
        return record;
    }

    /** The validation report (JSON) of a load. */
    @Transactional(readOnly = true)
    public LoadReport report(long loadId) {
        get(loadId);
        return LoadReport.fromJson(loads.report(loadId).orElse(null));
    }

    /** The report as stored (JSON text), for download. */
    @Transactional(readOnly = true)
    public String reportJson(long loadId) {
        get(loadId);
        return loads.report(loadId).orElse("{}");
    }

    /**
     * The raw payload as it arrived (decompressed), for those who may load into the
     * dataset.
     */
    @Transactional(readOnly = true)
    public InputStream payload(long loadId) throws IOException {
        LoadRecord record = get(loadId);
        Dataset dataset = datasets.findById(record.datasetId()).orElseThrow();
        if (ApiKeyGrant.current().isEmpty()) {
            DatasetAccess.requireLoad(caller.get(), dataset);
        }
        String path = loads.payloadPath(loadId).orElseThrow(() -> new NotFoundException("payload", loadId));
        return payloads.open(path);
    }

    private Dataset visibleDataset(long datasetId) {
        Dataset dataset = datasets.findById(datasetId).orElseThrow(() -> new NotFoundException("dataset", datasetId));
        Optional<ApiKeyGrant> grant = ApiKeyGrant.current();
        if (!grant.map(g -> g.covers(dataset)).orElse(DatasetAccess.canSee(caller.get(), dataset))) {
            throw new NotFoundException("dataset", datasetId);
        }
        return dataset;
    }

}
