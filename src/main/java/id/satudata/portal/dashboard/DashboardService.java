package id.satudata.portal.dashboard;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.ingest.LoadRecord;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.datastore.query.PeriodCount;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.registry.UploadedDocument;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.ValidationDecision;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-OPD dashboard and the decision on it (Kaltim step 11). An OPD user sees their
 * own OPD's dashboard only; staff see every OPD's. The decision is the template's: its
 * completer role decides (Kaltim: the integration's OPD; Trenggalek: the technical team),
 * or an ADMINISTRATOR on its behalf (the registry records it as such); a return needs a
 * reason.
 */
@Service
public class DashboardService {

    private static final Logger log = LoggerFactory.getLogger(DashboardService.class);

    /** Loads looked at for the quality panel. */
    static final int QUALITY_LOADS = 200;

    private final OpdService opds;

    private final DatasetService datasets;

    private final DatasetQueryService queries;

    private final LoadService loads;

    private final RegistryService registry;

    private final DashboardRepository repository;

    private final OpdSearch search;

    private final CurrentCaller caller;

    private final Clock clock;

    DashboardService(OpdService opds, DatasetService datasets, DatasetQueryService queries, LoadService loads,
            RegistryService registry, DashboardRepository repository, OpdSearch search, CurrentCaller caller,
            Clock clock) {
        this.opds = opds;
        this.datasets = datasets;
        this.queries = queries;
        this.loads = loads;
        this.registry = registry;
        this.repository = repository;
        this.search = search;
        this.caller = caller;
        this.clock = clock;
    }

    /** The OPD a signed-in OPD user lands on; empty for staff. */
    public Optional<Long> ownOpd() {
        Caller who = caller.get();
        who.requireSignedIn();
        return who.isStaff() ? Optional.empty() : Optional.ofNullable(who.opdId());
    }

    /** The OPDs whose dashboards the caller may open. */
    @Transactional(readOnly = true)
    public List<Opd> opdsVisible() {
        Caller who = caller.get();
        who.requireSignedIn();
        return opds.list().stream().filter(o -> who.isStaff() || who.canSeeOpd(o.id())).toList();
    }

    /** The dashboard of one OPD. */
    @Transactional(readOnly = true)
    public OpdDashboard opdDashboard(long opdId) {
        Caller who = caller.get();
        requireOpd(who, opdId);
        Opd opd = opds.get(opdId);
        List<Dataset> own = datasets.list(opdId);
        Map<Long, LoadSummary> summaries = repository.loadSummaries(own.stream().map(Dataset::id).toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<DatasetEntry> entries = own.stream()
            .map(d -> new DatasetEntry(d, summaries.getOrDefault(d.id(), LoadSummary.none(d.id())),
                    Freshness.of(d, now)))
            .toList();
        List<Integration> integrations = registry.integrationsOf(opdId);
        Map<Long, Map<Long, Integer>> baselines = repository
            .validatedSchemas(integrations.stream().map(Integration::id).toList());
        List<IntegrationEntry> rows = new ArrayList<>();
        for (Integration integration : integrations) {
            List<Dataset> linked = own.stream()
                .filter(d -> Long.valueOf(integration.id()).equals(d.integrationId()))
                .toList();
            ValidationDecision decision = registry.pendingDecision(integration).orElse(null);
            rows.add(new IntegrationEntry(integration, decision,
                    decision != null && registry.allowedAction(integration).isPresent(),
                    schemaChanged(integration, linked, baselines.getOrDefault(integration.id(), Map.of())),
                    linked.stream().map(Dataset::id).toList()));
        }
        return new OpdDashboard(opd, rows, entries, headline(entries, rows), now);
    }

    /** The OPD's datasets and integrations matching the words. */
    @Transactional(readOnly = true)
    public OpdSearch.Matches search(long opdId, String words) {
        if (words.length() > 200) {
            throw new ValidationException("words", "dashboard.error.search.tooLong");
        }
        return search.find(opdDashboard(opdId), words);
    }

    /**
     * The decision on the dashboard, as the integration's template defines it (see
     * {@link RegistryService#decideValidation}): {@code confirmed} validates it,
     * otherwise it goes back with the reason. Taken by the decision step's completer
     * role, or an ADMINISTRATOR on its behalf; documents are the step's output when it
     * needs one. On confirmation the schema versions of its datasets are kept, so a later
     * schema change asks for a new validation.
     */
    @Transactional
    public Integration decide(long integrationId, int expectedVersion, boolean confirmed, @Nullable String reason,
            List<UploadedDocument> documents) {
        Caller who = caller.get();
        Integration integration = registry.get(integrationId);
        if (registry.pendingDecision(integration).isPresent() && registry.allowedAction(integration).isEmpty()) {
            throw new AccessDeniedException("The decision step's own role (or an administrator) decides on it");
        }
        String why = reason == null ? null : reason.strip();
        if (!confirmed && (why == null || why.length() < 5)) {
            throw new ValidationException("reason", "dashboard.error.reason.required");
        }
        if (why != null && why.length() > 2000) {
            throw new ValidationException("reason", "dashboard.error.reason.tooLong");
        }
        Integration after = registry.decideValidation(integrationId, expectedVersion, confirmed,
                why == null || why.isEmpty() ? null : why, documents);
        if (after.status() == IntegrationStatus.VALIDATED) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            datasets.list(integration.opdId())
                .stream()
                .filter(d -> Long.valueOf(integrationId).equals(d.integrationId()))
                .forEach(d -> repository.recordValidatedSchema(integrationId, d.id(), d.schemaVersion(), now));
        }
        log.info("Dashboard decision on {} by {}: {}", integration.code(), who.name(),
                confirmed ? "confirmed" : "returned");
        return after;
    }

    /** Missing values, rejected loads and rows per period of a dataset. */
    @Transactional(readOnly = true)
    public DatasetQuality quality(long datasetId) {
        Dataset dataset = datasets.get(datasetId);
        List<LoadRecord> history = loads.history(datasetId, QUALITY_LOADS);
        List<LoadRecord> rejected = history.stream()
            .filter(l -> l.status() == LoadStatus.REJECTED || l.status() == LoadStatus.FAILED)
            .toList();
        SchemaField time = dataset.schema()
            .fields()
            .stream()
            .filter(f -> f.type() == FieldType.YEAR || f.type() == FieldType.DATE || f.type() == FieldType.DATETIME)
            .findFirst()
            .orElse(null);
        List<PeriodCount> periods = time == null || dataset.rowCount() == 0 ? List.of()
                : queries.rowsPerPeriod(datasetId, time.name(), time.type() == FieldType.DATETIME ? "MONTH" : "YEAR");
        return new DatasetQuality(dataset.rowCount(), queries.nullCounts(datasetId), rejected, history.size(),
                time == null ? null : time.name(), periods);
    }

    private static void requireOpd(Caller who, long opdId) {
        who.requireSignedIn();
        if (!who.isStaff()) {
            who.requireOpdAccess(opdId);
        }
    }

    private static boolean schemaChanged(Integration integration, List<Dataset> linked, Map<Long, Integer> baseline) {
        if (integration.validatedAt() == null || integration.status() != IntegrationStatus.VALIDATED) {
            return false;
        }
        return linked.stream().anyMatch(d -> baseline.containsKey(d.id()) && d.schemaVersion() > baseline.get(d.id()));
    }

    private static OpdDashboard.Headline headline(List<DatasetEntry> datasets, List<IntegrationEntry> integrations) {
        return new OpdDashboard.Headline(datasets.size(),
                datasets.stream().mapToLong(d -> d.dataset().rowCount()).sum(), integrations.size(),
                (int) integrations.stream()
                    .filter(i -> i.integration().status() == IntegrationStatus.VALIDATED)
                    .count(),
                (int) integrations.stream().filter(IntegrationEntry::awaitingDecision).count(),
                (int) integrations.stream().filter(i -> i.integration().isReturned()).count(),
                (int) datasets.stream().filter(d -> d.freshness() == Freshness.STALE).count(),
                datasets.stream().mapToLong(d -> d.loads().rejected()).sum());
    }

}
