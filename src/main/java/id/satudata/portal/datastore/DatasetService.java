package id.satudata.portal.datastore;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.ingest.Headers;
import id.satudata.portal.datastore.ingest.PayloadException;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.datastore.ingest.SampleReader;
import id.satudata.portal.datastore.schema.SchemaChange;
import id.satudata.portal.datastore.schema.SchemaEvolution;
import id.satudata.portal.datastore.schema.SchemaInference;
import id.satudata.portal.datastore.schema.SchemaStep;
import id.satudata.portal.datastore.schema.SchemaVersion;
import id.satudata.portal.datastore.schema.SchemaVersions;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Datasets and their schemas. Reading follows {@link DatasetAccess}'s rules (a dataset
 * the caller may not see is "not found"); creating, editing and changing schemas is for
 * TEKNIS and ADMINISTRATOR.
 */
@Service
public class DatasetService {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final DatasetRepository datasets;

    private final OpdService opds;

    private final CurrentCaller caller;

    private final Clock clock;

    private final DatasetChanges changes;

    private final SchemaEvolution evolution;

    private final SchemaVersions versions;

    private final DatastoreProperties properties;

    DatasetService(DatasetRepository datasets, SchemaEvolution evolution, SchemaVersions versions, OpdService opds,
            CurrentCaller caller, Clock clock, DatasetChanges changes, DatastoreProperties properties) {
        this.changes = changes;
        this.datasets = datasets;
        this.evolution = evolution;
        this.versions = versions;
        this.properties = properties;
        this.opds = opds;
        this.caller = caller;
        this.clock = clock;
    }

    /** The datasets the caller may see, optionally of one OPD, by title. */
    @Transactional(readOnly = true)
    public List<Dataset> list(@Nullable Long opdId) {
        return datasets.find(DatasetAccess.visibleTo(caller.get()), opdId);
    }

    @Transactional(readOnly = true)
    public Dataset get(long id) {
        Dataset dataset = datasets.findById(id).orElseThrow(() -> new NotFoundException("dataset", id));
        return visible(dataset);
    }

    @Transactional(readOnly = true)
    public Dataset getBySlug(String slug) {
        Dataset dataset = datasets.findBySlug(slug).orElseThrow(() -> new NotFoundException("dataset", slug));
        return visible(dataset);
    }

    /** Whether the caller may load data into the dataset (upload tab, push). */
    @Transactional(readOnly = true)
    public boolean mayLoad(long id) {
        return DatasetAccess.canLoad(caller.get(), get(id));
    }

    /** Whether the caller may change schemas, keys and connectors. */
    public boolean mayManage() {
        return DatasetAccess.canManage(caller.get());
    }

    @Transactional
    public Dataset create(DatasetDraft draft) {
        DatasetAccess.requireManage(caller.get());
        validate(draft, null);
        requireVisibilityKept(draft.visibility(), Visibility.DRAFT);
        Dataset created = datasets.insert(draft, OffsetDateTime.now(clock));
        changes.announce(created.id());
        return created;
    }

    @Transactional
    public Dataset update(long id, DatasetDraft draft) {
        DatasetAccess.requireManage(caller.get());
        Dataset current = datasets.lock(id);
        validate(draft, current);
        requireVisibilityKept(draft.visibility(), current.visibility());
        datasets.update(id, draft, OffsetDateTime.now(clock));
        changes.announce(id);
        return datasets.findById(id).orElseThrow();
    }

    /** Sets the schema without renames or accepted losses (see {@link #changeSchema}). */
    @Transactional
    public Dataset defineSchema(long id, TableSchema schema) {
        return changeSchema(id, SchemaChange.to(schema));
    }

    /**
     * Sets the dataset's schema and changes its typed table in the same transaction:
     * renamed fields keep their values, retyped ones are converted in place, a change
     * that would lose values asks for confirmation
     * ({@link SchemaChangeNeedsConfirmation}) and one that cannot be done is refused with
     * the column, the count and the first rows. Each change is a kept schema version with
     * who and when. Waits a moment for a running load of the dataset, then refuses.
     */
    @Transactional
    public Dataset changeSchema(long id, SchemaChange change) {
        Caller who = caller.get();
        DatasetAccess.requireManage(who);
        TableSchema schema = change.schema().validate();
        if (schema.isEmpty()) {
            throw new ValidationException("fields", "datastore.error.schema.empty");
        }
        Dataset current = datasets.lockWaiting(id, properties.schemaLockWait())
            .orElseThrow(() -> new ValidationException("fields", "datastore.error.schema.loadRunning"));
        List<SchemaStep> steps = evolution.apply(current, change);
        OffsetDateTime now = OffsetDateTime.now(clock);
        datasets.updateSchema(id, schema, now);
        versions.record(id, current.schemaVersion() + 1, schema, steps, who.name(), who.userId(), now);
        changes.announce(id);
        return datasets.findById(id).orElseThrow();
    }

    /** The kept schema versions of the dataset, newest first. */
    @Transactional(readOnly = true)
    public List<SchemaVersion> schemaVersions(long id) {
        get(id);
        return versions.list(id);
    }

    /** A schema suggested from a sample file (CSV or XLSX), for the team to edit. */
    public TableSchema inferSchema(InputStream sample, PayloadFormat format) {
        DatasetAccess.requireManage(caller.get());
        try {
            return SchemaInference.infer(SampleReader.read(sample, format));
        }
        catch (PayloadException e) {
            throw new ValidationException("sample", e.reason().messageKey(), e.params().toArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A URL-safe slug from a title ("Jumlah Penduduk 2020" -> "jumlah-penduduk-2020").
     */
    public static String slugOf(String title) {
        String slug = Headers.normalize(title).replace('_', '-').replaceAll("^k-", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    /**
     * Going public and leaving the public are the walidata's release and withdrawal in
     * the catalogue, recorded as events; dataset management may not do either.
     */
    private static void requireVisibilityKept(Visibility wanted, Visibility current) {
        if (wanted != current && (wanted == Visibility.PUBLIC || current == Visibility.PUBLIC)) {
            throw new ValidationException("visibility", "datastore.error.visibility.release");
        }
    }

    private void validate(DatasetDraft draft, @Nullable Dataset current) {
        if (!SLUG.matcher(draft.slug()).matches() || draft.slug().length() > 80) {
            throw new ValidationException("slug", "datastore.error.slug.invalid");
        }
        if ((current == null || !current.slug().equals(draft.slug())) && datasets.slugTaken(draft.slug())) {
            throw new ValidationException("slug", "datastore.error.slug.taken");
        }
        String title = draft.title().strip();
        if (title.length() < 3 || title.length() > 300) {
            throw new ValidationException("title", "datastore.error.title.length");
        }
        if (draft.description().length() > 10_000) {
            throw new ValidationException("description", "datastore.error.description.length");
        }
        opds.get(draft.opdId());
    }

    private Dataset visible(Dataset dataset) {
        Caller who = caller.get();
        if (DatasetAccess.canSee(who, dataset)) {
            return dataset;
        }
        if (ApiKeyGrant.current().map(g -> g.covers(dataset)).orElse(false)) {
            return dataset;
        }
        throw new NotFoundException("dataset", dataset.id());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

}
