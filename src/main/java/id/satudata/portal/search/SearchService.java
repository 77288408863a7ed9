package id.satudata.portal.search;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.base.metrics.PortalMetrics;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Service;

/**
 * Searching the catalogue. The public scope (anyone) sees released datasets only; an
 * OPD's internal scope is for its staff and the agency's staff; the scope of all datasets
 * is for the agency's staff. Hits of a public search are checked against the database
 * before they are returned, so a dataset withdrawn a moment ago never shows. Datasets
 * staff just created or changed are in the index once their change commits
 * ({@link SearchIndexMaintenance}).
 */
@Service
public class SearchService {

    private final SearchIndex index;

    private final IndexSourceRepository source;

    private final QueryText queries;

    private final CurrentCaller caller;

    private final PortalMetrics metrics;

    SearchService(SearchIndex index, IndexSourceRepository source, CurrentCaller caller, PortalMetrics metrics) {
        this.metrics = metrics;
        this.index = index;
        this.source = source;
        this.caller = caller;
        this.queries = new QueryText(index.analyzer());
    }

    public SearchResult search(SearchScope scope, SearchQuery query) {
        long start = System.nanoTime();
        SearchResult result = searchUntimed(scope, query);
        metrics.searched(scope.internal() ? "internal" : "public", Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    private SearchResult searchUntimed(SearchScope scope, SearchQuery query) {
        Query filter = filter(scope);
        check(query);
        Query text = queries.parse(query.text());
        SearchResult result;
        try {
            result = index.search(text, filter, query);
        }
        catch (IndexSearcher.TooManyClauses tooBroad) {
            result = index.search(queries.parse(query.text().replaceAll("[^\\p{L}\\p{N}\\s]", " ")), filter, query);
        }
        return scope.internal() ? result : confirmed(result);
    }

    /**
     * Up to {@code limit} (at most 20) titles having the typed words, the last one as the
     * start of a word, newest first, in scope.
     */
    public List<Suggestion> suggest(SearchScope scope, String typed, int limit) {
        Query filter = filter(scope);
        if (limit < 1 || limit > 20) {
            throw new ValidationException("limit", "search.error.limit", 20);
        }
        List<String> words = queries.titleWords(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Suggestion> found = index.suggest(words, filter, limit)
            .stream()
            .map(card -> new Suggestion(card.id(), card.slug(), card.title()))
            .toList();
        if (scope.internal() || found.isEmpty()) {
            return found;
        }
        List<Long> released = source.released(found.stream().map(Suggestion::datasetId).toList());
        return found.stream().filter(s -> released.contains(s.datasetId())).toList();
    }

    /** Rebuilds the index from the database (operations; ADMINISTRATOR or TEKNIS). */
    public SearchHealth rebuild() {
        caller.get().requireAnyRole(Role.ADMINISTRATOR, Role.TEKNIS);
        index.rebuild();
        return index.health();
    }

    /** The state of the index (operations; the agency's staff). */
    public SearchHealth health() {
        caller.get().requireAnyRole(Role.ADMINISTRATOR, Role.PENGAWAS, Role.TEKNIS, Role.KEPALA_DINAS);
        return index.health();
    }

    private Query filter(SearchScope scope) {
        if (!scope.internal()) {
            return new TermQuery(new Term(IndexSchema.VISIBILITY, "PUBLIC"));
        }
        Caller who = caller.get();
        Long opd = scope.opdId();
        if (opd == null) {
            who.requireAnyRole(Role.ADMINISTRATOR, Role.PENGAWAS, Role.TEKNIS, Role.KEPALA_DINAS);
            return new MatchAllDocsQuery();
        }
        who.requireSignedIn();
        who.requireOpdAccess(opd);
        return new TermQuery(new Term(IndexSchema.OPD_ID, Long.toString(opd)));
    }

    private static void check(SearchQuery query) {
        if (query.limit() < 1 || query.limit() > SearchQuery.MAX_LIMIT) {
            throw new ValidationException("limit", "search.error.limit", SearchQuery.MAX_LIMIT);
        }
        if (query.offset() < 0 || query.offset() > SearchQuery.MAX_OFFSET) {
            throw new ValidationException("offset", "search.error.offset", SearchQuery.MAX_OFFSET);
        }
    }

    /**
     * Drops hits no longer released (and re-indexes them); the index follows within the
     * request.
     */
    private SearchResult confirmed(SearchResult result) {
        if (result.hits().isEmpty()) {
            return result;
        }
        List<Long> ids = result.hits().stream().map(SearchHit::datasetId).toList();
        List<Long> released = source.released(ids);
        if (released.size() == ids.size()) {
            return result;
        }
        ids.stream().filter(id -> !released.contains(id)).forEach(index::update);
        return new SearchResult(result.total() - (ids.size() - released.size()),
                result.hits().stream().filter(h -> released.contains(h.datasetId())).toList(), result.facets());
    }

}
