package id.satudata.portal.api.ckan;

import id.satudata.portal.api.PublicLinks;
import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.catalog.CatalogFilter;
import id.satudata.portal.catalog.FacetCount;
import id.satudata.portal.catalog.PublicResource;
import id.satudata.portal.catalog.CatalogOrder;
import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.PublicDataset;
import id.satudata.portal.catalog.Topic;
import id.satudata.portal.opd.Opd;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs the CKAN actions on the public catalogue. Everything is read from
 * {@link PublicCatalog}: a dataset that is not released does not exist here.
 */
@Component
class CkanActions {

    static final int ROWS_MAX = 1000;

    /** The CKAN release whose Action API (shapes, errors) this one follows. */
    static final String CKAN_VERSION = "2.11.0";

    private final PublicCatalog catalog;

    private final CkanDicts dicts;

    private final PackageSearch search;

    private final DatastoreSearch datastore;

    private final CkanLookup lookup;

    private final PublicLinks links;

    private final String regionName;

    CkanActions(PublicCatalog catalog, CkanDicts dicts, PackageSearch search, DatastoreSearch datastore,
            CkanLookup lookup, PublicLinks links, PortalProperties portal) {
        this.lookup = lookup;
        this.catalog = catalog;
        this.dicts = dicts;
        this.search = search;
        this.datastore = datastore;
        this.links = links;
        this.regionName = portal.regionName();
    }

    @Nullable Object run(CkanAction action, CkanParams params, String path) {
        return switch (action) {
            case PACKAGE_LIST -> page(catalog.slugs(), params, Integer.MAX_VALUE);
            case PACKAGE_SHOW -> packageShow(params);
            case PACKAGE_SEARCH -> packageSearch(params);
            case RESOURCE_SHOW -> resourceShow(params);
            case STATUS_SHOW -> statusShow();
            case ORGANIZATION_LIST -> list(catalog.organisations(true), params, o -> o.item().slug(),
                    o -> o.item().name(), dicts::organization);
            case ORGANIZATION_SHOW -> organizationShow(params);
            case GROUP_LIST ->
                list(catalog.topics(true), params, t -> t.item().code(), t -> t.item().nameId(), dicts::group);
            case GROUP_SHOW -> groupShow(params);
            case TAG_LIST -> tagList(params);
            case DATASTORE_SEARCH -> datastore.search(params, path);
            case HELP_SHOW -> CkanAction.named(params.required("name"))
                .map(CkanAction::summary)
                .orElseThrow(() -> CkanException.notFound("action " + params.required("name")));
        };
    }

    private static <T> List<T> page(List<T> all, CkanParams params, int defaultLimit) {
        int offset = Math.min(params.integer("offset", 0, 0), all.size());
        int limit = params.integer("limit", defaultLimit, 0);
        return all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
    }

    private Map<String, @Nullable Object> packageShow(CkanParams params) {
        String id = params.has("id") ? params.required("id") : params.required("name_or_id");
        PublicDataset dataset = lookup.dataset(id);
        return dicts.pack(dataset.summary(), dataset.metadata());
    }

    private Map<String, @Nullable Object> resourceShow(CkanParams params) {
        PublicResource resource = lookup.resource(params.required("id"));
        return dicts.resource(resource.dataset().summary(), resource.kind());
    }

    private Map<String, @Nullable Object> statusShow() {
        Map<String, @Nullable Object> status = new LinkedHashMap<>();
        status.put("site_title", "Satu Data " + regionName);
        status.put("site_description", "Portal Satu Data " + regionName + ": data terbuka yang telah dirilis.");
        status.put("site_url", links.base());
        status.put("ckan_version", CKAN_VERSION);
        status.put("error_emails_to", null);
        status.put("locale_default", "id");
        status.put("extensions", List.of("datastore", "dcat"));
        return status;
    }

    private Map<String, @Nullable Object> packageSearch(CkanParams params) {
        String q = params.string("q") == null ? "*:*" : params.string("q");
        String fq = params.string("fq") == null ? "" : params.string("fq");
        String sort = params.string("sort") == null ? "score desc, metadata_modified desc" : params.string("sort");
        int rows = Math.min(params.integer("rows", 10, 0), ROWS_MAX);
        // everything here is public: include_private (and drafts) change nothing, but are
        // read as CKAN does
        params.bool("include_private", false);
        params.bool("include_drafts", false);
        List<String> facetFields = params.list("facet.field");
        facetFields.forEach(f -> {
            if (!PackageSearch.FACETS.containsKey(f)) {
                throw CkanException.searchQuery("cannot facet on '" + f + "'; use one of "
                        + new java.util.TreeSet<>(PackageSearch.FACETS.keySet()));
            }
        });
        List<CatalogFilter> filters = new ArrayList<>();
        filters.add(FilterQuery.parse(fq));
        params.list("fq_list").forEach(part -> filters.add(FilterQuery.parse(part)));
        int facetLimit = params.has("facet.limit") ? Integer.parseInt(facetLimitText(params)) : 50;
        PackageSearch.Result result = search.search(new PackageSearch.Query(q, new CatalogFilter.All(filters), sort,
                params.integer("start", 0, 0), rows, facetFields, facetLimit));
        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        result.facets().forEach((field, values) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            values.forEach(v -> counts.put(v.name(), v.count()));
            facets.put(field, counts);
            List<Map<String, Object>> items = values.stream()
                .sorted(Comparator.comparing(FacetCount::displayName).reversed())
                .map(v -> Map.<String, Object>of("name", v.name(), "display_name", v.displayName(), "count", v.count()))
                .toList();
            searchFacets.put(field, Map.of("title", field, "items", items));
        });
        Map<String, @Nullable Object> answer = new LinkedHashMap<>();
        answer.put("count", result.count());
        answer.put("facets", facets);
        answer.put("results", result.results().stream().map(s -> dicts.pack(s, null)).toList());
        answer.put("sort", sort);
        answer.put("search_facets", searchFacets);
        return answer;
    }

    private static String facetLimitText(CkanParams params) {
        String text = params.string("facet.limit");
        if (text == null || !text.strip().matches("-?\\d{1,6}")) {
            throw CkanException.validation("facet.limit", "Invalid integer");
        }
        return text.strip();
    }

    private <T> List<?> list(List<Counted<T>> all, CkanParams params, Function<Counted<T>, String> name,
            Function<Counted<T>, String> title, Function<Counted<T>, Map<String, @Nullable Object>> dict) {
        String sort = params.string("sort") == null ? "name" : params.string("sort").strip().toLowerCase(Locale.ROOT);
        Comparator<Counted<T>> order = switch (sort.replace(" asc", "")) {
            case "name" -> Comparator.comparing(name);
            case "title" -> Comparator.comparing(title);
            case "package_count", "packages", "package_count desc" ->
                Comparator.<Counted<T>>comparingLong(Counted::datasets).reversed().thenComparing(name);
            default -> throw CkanException.validation("sort", "Cannot sort by field `" + sort + "`");
        };
        boolean allFields = params.bool("all_fields", false);
        List<Counted<T>> sorted = all.stream().sorted(order).toList();
        List<Counted<T>> paged = page(sorted, params, allFields ? 25 : 1000);
        return allFields ? paged.stream().map(dict).toList() : paged.stream().map(name).toList();
    }

    private Map<String, @Nullable Object> organizationShow(CkanParams params) {
        String id = params.required("id");
        Counted<Opd> opd = catalog.organisations(true)
            .stream()
            .filter(o -> o.item().slug().equals(Opd.slugOf(id)) || String.valueOf(o.item().id()).equals(id))
            .findFirst()
            .orElseThrow(() -> CkanException.notFound("organization " + id));
        Map<String, @Nullable Object> dict = dicts.organization(opd);
        if (params.bool("include_datasets", false)) {
            dict.put("packages", packages(opd.item().code(), null));
        }
        return dict;
    }

    private Map<String, @Nullable Object> groupShow(CkanParams params) {
        String id = params.required("id");
        Counted<Topic> topic = catalog.topics(true)
            .stream()
            .filter(t -> t.item().code().equals(id) || String.valueOf(t.item().id()).equals(id))
            .findFirst()
            .orElseThrow(() -> CkanException.notFound("group " + id));
        Map<String, @Nullable Object> dict = dicts.group(topic);
        if (params.bool("include_datasets", false)) {
            dict.put("packages", packages(null, topic.item().code()));
        }
        return dict;
    }

    private List<Map<String, @Nullable Object>> packages(@Nullable String opdCode, @Nullable String topicCode) {
        List<DatasetSummary> items = catalog
            .datasets(opdCode, topicCode, null, CatalogOrder.MODIFIED, 0, PublicCatalog.MAX_PAGE)
            .items();
        return items.stream().map(s -> dicts.pack(s, null)).toList();
    }

    private List<?> tagList(CkanParams params) {
        String query = params.string("query");
        List<String> names = catalog.tags(PublicCatalog.MAX_PAGE)
            .stream()
            .map(Counted::item)
            .filter(t -> query == null || t.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
            .sorted()
            .toList();
        if (!params.bool("all_fields", false)) {
            return names;
        }
        return names.stream().map(t -> {
            Map<String, @Nullable Object> tag = new LinkedHashMap<>();
            tag.put("id", t);
            tag.put("name", t);
            tag.put("vocabulary_id", null);
            return tag;
        }).toList();
    }

}
