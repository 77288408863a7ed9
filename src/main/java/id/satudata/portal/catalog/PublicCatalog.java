package id.satudata.portal.catalog;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.opd.Opd;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public catalogue: the only read model anonymous code (public pages, open API,
 * sitemaps) uses. It answers for released (PUBLIC) datasets only, whoever asks; a dataset
 * that is not released is "not found" here even for staff. Lists: newest, most viewed,
 * featured, by OPD, topic or tag, with counts; and the view and download counters.
 */
@Service
public class PublicCatalog {

    public static final int MAX_PAGE = 1000;

    private final PublicCatalogRepository catalog;

    private final CatalogRepository reference;

    private final DatasetService datasets;

    PublicCatalog(PublicCatalogRepository catalog, CatalogRepository reference, DatasetService datasets) {
        this.catalog = catalog;
        this.reference = reference;
        this.datasets = datasets;
    }

    @Transactional(readOnly = true)
    public CatalogStats stats() {
        return catalog.stats();
    }

    /** Released datasets, optionally of one OPD (code), topic (code) and tag. */
    @Transactional(readOnly = true)
    public CatalogPage<DatasetSummary> datasets(@Nullable String opdCode, @Nullable String topicCode,
            @Nullable String tag, CatalogOrder order, int offset, int limit) {
        checkPage(offset, limit);
        PublicCatalogRepository.Selection selection = PublicCatalogRepository.Selection.of(opdCode, topicCode, tag);
        return new CatalogPage<>(catalog.summaries(selection, order, offset, limit), catalog.count(selection), offset,
                limit);
    }

    @Transactional(readOnly = true)
    public List<DatasetSummary> newest(int limit) {
        return datasets(null, null, null, CatalogOrder.NEWEST, 0, limit).items();
    }

    @Transactional(readOnly = true)
    public List<DatasetSummary> mostViewed(int limit) {
        return datasets(null, null, null, CatalogOrder.MOST_VIEWED, 0, limit).items();
    }

    @Transactional(readOnly = true)
    public List<DatasetSummary> featured(int limit) {
        checkPage(0, limit);
        return catalog.summaries(PublicCatalogRepository.Selection.featuredOnly(), CatalogOrder.NEWEST, 0, limit);
    }

    /**
     * Released datasets with these ids (unreleased ones are left out), in the given
     * order.
     */
    @Transactional(readOnly = true)
    public List<DatasetSummary> summaries(List<Long> ids) {
        if (ids.size() > MAX_PAGE) {
            throw new ValidationException("ids", "catalog.error.page.limit", MAX_PAGE);
        }
        List<DatasetSummary> found = catalog.summaries(PublicCatalogRepository.Selection.ids(ids), CatalogOrder.TITLE,
                0, MAX_PAGE);
        return ids.stream().flatMap(id -> found.stream().filter(s -> s.id() == id)).toList();
    }

    /** A released dataset by slug, or "not found". */
    @Transactional(readOnly = true)
    public PublicDataset get(String slug) {
        return complete(catalog.entryBySlug(slug).orElseThrow(() -> new NotFoundException("dataset", slug)));
    }

    /** A released dataset by id, or "not found". */
    @Transactional(readOnly = true)
    public PublicDataset get(long id) {
        return complete(catalog.entryById(id).orElseThrow(() -> new NotFoundException("dataset", id)));
    }

    /**
     * One page of released datasets matching a search (filter, order, words), with the
     * number of all matching: one query for the page, one for the count.
     */
    @Transactional(readOnly = true)
    public CatalogPage<DatasetSummary> search(CatalogSearch search) {
        checkPage(search.offset(), search.limit());
        return new CatalogPage<>(catalog.search(search), catalog.count(search), search.offset(), search.limit());
    }

    /**
     * Counts of a field's values (organization, groups, tags, license_id) over the
     * datasets a search finds, most frequent first; a negative limit gives all.
     */
    @Transactional(readOnly = true)
    public List<FacetCount> facet(CatalogSearch search, CatalogField field, int limit) {
        return catalog.facet(search, field, limit < 0 ? Integer.MAX_VALUE : limit);
    }

    /** The metadata of released datasets, by dataset id (a page at most). */
    @Transactional(readOnly = true)
    public Map<Long, DatasetMetadata> metadata(List<Long> ids) {
        if (ids.size() > MAX_PAGE) {
            throw new ValidationException("ids", "catalog.error.page.limit", MAX_PAGE);
        }
        return ids.isEmpty() ? Map.of() : catalog.metadata(ids);
    }

    /** When a released dataset last changed; empty with none released. */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> lastModified() {
        return Optional.ofNullable(catalog.lastModified());
    }

    /** A released dataset by its UUID, or "not found". */
    @Transactional(readOnly = true)
    public PublicDataset get(UUID uuid) {
        return complete(catalog.entryByUuid(uuid).orElseThrow(() -> new NotFoundException("dataset", uuid)));
    }

    /**
     * The released dataset publishing the resource with this UUID, and which one it is.
     */
    @Transactional(readOnly = true)
    public PublicResource resource(UUID resourceId) {
        PublicDataset dataset = complete(
                catalog.entryByResource(resourceId).orElseThrow(() -> new NotFoundException("resource", resourceId)));
        return new PublicResource(dataset, dataset.summary().resourceIds().kindOf(resourceId).orElseThrow());
    }

    /** Slugs of all released datasets (CKAN package_list, sitemaps). */
    @Transactional(readOnly = true)
    public List<String> slugs() {
        return catalog.slugs();
    }

    /** OPDs (organisations) with their number of released datasets. */
    @Transactional(readOnly = true)
    public List<Counted<Opd>> organisations(boolean includeEmpty) {
        return catalog.organisations(includeEmpty);
    }

    @Transactional(readOnly = true)
    public Counted<Opd> organisation(String code) {
        return catalog.organisations(true)
            .stream()
            .filter(o -> o.item().code().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("organisation", code));
    }

    /** Topics with their number of released datasets. */
    @Transactional(readOnly = true)
    public List<Counted<Topic>> topics(boolean includeEmpty) {
        return catalog.topics(includeEmpty);
    }

    @Transactional(readOnly = true)
    public Counted<Topic> topic(String code) {
        return catalog.topics(true)
            .stream()
            .filter(t -> t.item().code().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("topic", code));
    }

    /** The most used tags of released datasets, with counts. */
    @Transactional(readOnly = true)
    public List<Counted<String>> tags(int limit) {
        checkPage(0, limit);
        return catalog.tags(limit);
    }

    public List<Licence> licences() {
        return reference.licences();
    }

    /** Counts a view of a dataset page; false (nothing counted) if it is not released. */
    @Transactional
    public boolean recordView(long datasetId) {
        return catalog.count(datasetId, false);
    }

    /** Counts a download; false (nothing counted) if it is not released. */
    @Transactional
    public boolean recordDownload(long datasetId) {
        return catalog.count(datasetId, true);
    }

    private PublicDataset complete(PublicCatalogRepository.PublicEntry entry) {
        return new PublicDataset(entry.summary(), entry.metadata(), datasets.get(entry.summary().id()));
    }

    private static void checkPage(int offset, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ValidationException("limit", "catalog.error.page.limit", MAX_PAGE);
        }
        if (offset < 0) {
            throw new ValidationException("offset", "catalog.error.page.offset");
        }
    }

}
