package id.satudata.portal.catalog;

import id.satudata.portal.base.error.ConflictException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.base.audit.AuditLog;
import id.satudata.portal.base.changefeed.ChangeFeed;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Describing, releasing and withdrawing datasets. Whoever may see a dataset reads its
 * metadata; staff of its OPD and the walidata roles (ADMINISTRATOR, PENGAWAS) edit it;
 * only the walidata roles release (visibility PUBLIC) and withdraw (back to INTERNAL),
 * each recorded as a {@link CatalogEvent} in the same transaction. Every change publishes
 * {@link CatalogChanged} for listeners after the commit.
 */
@Service
public class CatalogService {

    private final CatalogRepository catalog;

    private final DatasetService datasets;

    private final MetadataRules rules;

    private final CurrentCaller caller;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final ChangeFeed changeFeed;

    private final AuditLog audit;

    CatalogService(CatalogRepository catalog, DatasetService datasets, MetadataRules rules, CurrentCaller caller,
            ApplicationEventPublisher events, Clock clock, ChangeFeed changeFeed, AuditLog audit) {
        this.catalog = catalog;
        this.datasets = datasets;
        this.rules = rules;
        this.caller = caller;
        this.events = events;
        this.clock = clock;
        this.changeFeed = changeFeed;
        this.audit = audit;
    }

    public List<Topic> topics() {
        return catalog.topics();
    }

    public List<Licence> licences() {
        return catalog.licences();
    }

    /**
     * The metadata of a dataset the caller may see (empty defaults if never described).
     */
    @Transactional(readOnly = true)
    public DatasetMetadata get(long datasetId) {
        datasets.get(datasetId);
        return catalog.metadata(datasetId).orElseThrow();
    }

    /** Whether the caller may edit the dataset's metadata. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long datasetId) {
        return mayEdit(caller.get(), datasets.get(datasetId));
    }

    /** Whether the caller may release and withdraw datasets. */
    public boolean mayRelease() {
        return caller.get().hasAny(Role.WALIDATA);
    }

    @Transactional
    public DatasetMetadata update(long datasetId, MetadataDraft draft) {
        Caller who = caller.get();
        Dataset dataset = datasets.get(datasetId);
        if (!mayEdit(who, dataset)) {
            throw new AccessDeniedException("May not describe dataset " + datasetId);
        }
        DatasetMetadata before = catalog.metadata(datasetId).orElseThrow();
        MetadataDraft clean = rules.clean(draft, who.hasAny(Role.WALIDATA) ? draft.featured() : before.featured());
        Topic topic = rules.topic(clean.topicCode());
        String licence = rules.licence(clean.licenceId()).id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        catalog.lock(datasetId);
        catalog.save(datasetId, clean, topic == null ? null : topic.id(), licence, now);
        record(who, datasetId, CatalogEventKind.METADATA_CHANGED, null, now);
        return catalog.metadata(datasetId).orElseThrow();
    }

    /**
     * Makes the dataset PUBLIC after checking its metadata is complete (title,
     * description, topic, licence) and it has data.
     */
    @Transactional
    public DatasetMetadata release(long datasetId, @Nullable String note) {
        Caller who = requireWalidata();
        datasets.get(datasetId);
        CatalogRepository.Releasable dataset = catalog.lock(datasetId);
        DatasetMetadata metadata = catalog.metadata(datasetId).orElseThrow();
        if (dataset.visibility() == Visibility.PUBLIC && metadata.releasedAt() != null) {
            throw new ConflictException("catalog.error.release.already");
        }
        rules.requireReleasable(dataset, metadata);
        OffsetDateTime now = OffsetDateTime.now(clock);
        catalog.release(datasetId, now);
        record(who, datasetId, CatalogEventKind.RELEASED, rules.note(note, false), now);
        return catalog.metadata(datasetId).orElseThrow();
    }

    /**
     * Takes a released dataset back from the public (visibility INTERNAL), with a reason.
     */
    @Transactional
    public void withdraw(long datasetId, String reason) {
        Caller who = requireWalidata();
        datasets.get(datasetId);
        CatalogRepository.Releasable dataset = catalog.lock(datasetId);
        if (dataset.visibility() != Visibility.PUBLIC) {
            throw new ConflictException("catalog.error.withdraw.notReleased");
        }
        String why = rules.note(reason, true);
        OffsetDateTime now = OffsetDateTime.now(clock);
        catalog.setVisibility(datasetId, Visibility.INTERNAL, now);
        record(who, datasetId, CatalogEventKind.WITHDRAWN, why, now);
    }

    /** The catalogue record of a dataset the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<CatalogEvent> history(long datasetId) {
        caller.get().requireSignedIn();
        datasets.get(datasetId);
        return catalog.events(datasetId);
    }

    private Caller requireWalidata() {
        Caller who = caller.get();
        who.requireAnyRole(Role.ADMINISTRATOR, Role.PENGAWAS);
        return who;
    }

    private static boolean mayEdit(Caller who, Dataset dataset) {
        return who.hasAny(Role.WALIDATA) || (who.has(Role.OPD) && who.canSeeOpd(dataset.opdId()));
    }

    private void record(Caller who, long datasetId, CatalogEventKind kind, @Nullable String note, OffsetDateTime now) {
        catalog.record(new CatalogEvent(0, datasetId, kind, who.userId(), who.name(), actingRole(who), now, note));
        events.publishEvent(new CatalogChanged(datasetId, kind));
        // other instances follow through the feed (same transaction: never announced if
        // rolled back)
        changeFeed.append(CatalogChanged.FEED_KIND, Long.toString(datasetId));
        if (kind != CatalogEventKind.METADATA_CHANGED) {
            audit.release(who.name(), Long.toString(datasetId), kind == CatalogEventKind.RELEASED);
        }
    }

    private static @Nullable String actingRole(Caller who) {
        for (Role role : List.of(Role.ADMINISTRATOR, Role.PENGAWAS, Role.OPD)) {
            if (who.has(role)) {
                return role.name();
            }
        }
        return who.roles().stream().findFirst().map(Role::name).orElse(null);
    }

}
