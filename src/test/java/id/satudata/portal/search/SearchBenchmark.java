package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.Bench;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Search on a generated catalogue (size from {@code -Dsearch.bench.datasets}; the bench
 * profile passes 1,000,000): the rebuild from PostgreSQL, the index's heap, searches
 * through {@link SearchService} (top 20, five facets with exact counts, highlighting,
 * typo tolerance) and suggestions, cold (each query's first run after the index is opened
 * again, as after a restart) and warm, against the same queries in PostgreSQL full-text
 * search (GIN index, ts_rank, GROUP BY facets) in the same run, and the index alone with
 * and without Lucene's vectorised decoding, in child JVMs ({@link SearchProbe}). Run with
 * {@code ./mvnw -Pbench test -Dtest=SearchBenchmark}; figures go to
 * target/bench/search.txt. The scheduled reconciliation is held off while searches are
 * timed; its own cost is timed and reported on its own line.
 */
@PortalTest
@TestPropertySource(properties = "satudata.search.reconcile-interval=PT1H")
@Tag("bench")
class SearchBenchmark {

    static final int DATASETS = Integer.getInteger("search.bench.datasets", 100_000);

    /**
     * {@code -Dsearch.bench.postgres=false} leaves the PostgreSQL reference out (says
     * so).
     */
    static final boolean POSTGRES = Boolean.parseBoolean(System.getProperty("search.bench.postgres", "true"));

    /** Above this size a PostgreSQL search takes seconds: each query runs once. */
    private static final int POSTGRES_ROUNDS_UP_TO = 200_000;

    private static final int COLD_OPENS = 2;

    private static final double TARGET_P95_MS = 5;

    @Autowired
    OpdFixtures opds;

    @Autowired
    DataSource dataSource;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchService search;

    @Autowired
    IndexSourceRepository source;

    /** The warm searches through the service, for the ratio to PostgreSQL. */
    Bench.Stats warmService;

    /** One benchmark query, for both engines. */
    record BenchQuery(String text, @Nullable Facet facet, @Nullable String value) {

        BenchQuery(String text) {
            this(text, null, null);
        }

        SearchQuery lucene() {
            SearchQuery query = SearchQuery.of(text);
            return facet == null ? query : query.filter(facet, value);
        }

        @Override
        public String toString() {
            return "\"" + text + "\"" + (facet == null ? "" : " " + facet.dimension() + "=" + value);
        }

    }

    @Test
    void luceneAgainstPostgresqlFullTextSearch() throws Exception {
        SignedIn.nobody();
        List<Opd> agencies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            agencies.add(opds.opd("Dinas " + i));
        }
        long start = System.nanoTime();
        new BenchCorpus().generate(dataSource, agencies.stream().map(Opd::id).toList(),
                agencies.stream().map(Opd::name).toList(), DATASETS);
        long generated = System.nanoTime();
        long heapBefore = BenchMachine.usedHeapAfterGc();
        index.rebuild();
        long indexed = System.nanoTime();
        long heapAfter = BenchMachine.usedHeapAfterGc();
        report("corpus, rebuild, heap", List.of(BenchMachine.describe(),
                "corpus: %d datasets (80%% public), 40 OPDs; generated in %d ms".formatted(DATASETS,
                        ms(start, generated)),
                "full rebuild of the Lucene index from PostgreSQL: %d ms (target < 300000 ms: %s); on disk %d MiB"
                    .formatted(ms(generated, indexed), verdict(ms(generated, indexed) < 300_000),
                            index.health().sizeBytes() >> 20),
                "heap held by the index (used heap after GC, searcher open, minus before the rebuild): %d MiB (target < 1024 MiB: %s)"
                    .formatted((heapAfter - heapBefore) >> 20, verdict(heapAfter - heapBefore < 1L << 30))));
        List<BenchQuery> queries = queries(agencies.get(7).code());
        List<String> hits = new ArrayList<>();
        hits.add(Bench.measure("reconcile with nothing changed (every fingerprint compared)", 0, 2, index::reconcile)
            .toString());
        for (BenchQuery q : queries) {
            hits.add("  query %-40s hits %7d".formatted(q,
                    search.search(SearchScope.publicScope(), q.lucene()).total()));
        }
        report("hits, reconciliation", hits);
        report("cold", cold(queries));
        report("warm", warm(queries));
        report("vector module", BenchMachine.vectorProbes(index.path(), agencies.get(7).code()));
        // last: at a million datasets the reference is slow to build and to run
        if (POSTGRES) {
            long preparing = System.nanoTime();
            String config = BenchPostgresSearch.prepare(dataSource);
            List<String> lines = new ArrayList<>();
            lines.add("PostgreSQL tsvector table + GIN (config '%s') built in %d ms".formatted(config,
                    ms(preparing, System.nanoTime())));
            lines.addAll(postgres(queries, config));
            report("postgresql reference", lines);
        }
        else {
            report("postgresql reference", List.of("LEFT OUT (-Dsearch.bench.postgres=false)"));
        }
        assertThat(index.health().documents()).isGreaterThanOrEqualTo(DATASETS);
    }

    /** Writes one phase's figures at once, so a long run leaves what it measured. */
    private static void report(String phase, List<String> lines) {
        List<String> all = new ArrayList<>();
        all.add("search benchmark, %d datasets, %s (%s):".formatted(DATASETS, phase, BenchMachine.load()));
        all.addAll(lines);
        Bench.report("search", all);
    }

    /**
     * Closes and opens the index again (what a restart does) and runs each query once:
     * the first search on the new searcher, and every query's first run, while the
     * reconcile after opening runs in the background (as after a restart).
     */
    private List<String> cold(List<BenchQuery> queries) throws Exception {
        Bench.Series reopen = new Bench.Series(
                "cold: reopening the index until it answers (reads its fingerprints; the reconcile follows in the background)");
        Bench.Series reconciled = new Bench.Series(
                "cold: waiting after the first runs for the background reconcile to finish");
        Bench.Series first = new Bench.Series("cold: the first search after the index opens (SearchService)");
        Bench.Series each = new Bench.Series("cold: each query's first run after the index opens (SearchService)");
        for (int open = 0; open < COLD_OPENS; open++) {
            index.destroy();
            reopen.time(index::afterPropertiesSet);
            for (int i = 0; i < queries.size(); i++) {
                BenchQuery q = queries.get(i);
                Bench.Operation search = () -> this.search.search(SearchScope.publicScope(), q.lucene());
                if (i == 0) {
                    first.time(search);
                }
                each.time(search);
            }
            reconciled.time(() -> index.afterOpening().done().get());
        }
        return List.of(reopen.stats().toString(), first.stats().toString(), each.stats().toString(),
                reconciled.stats().toString());
    }

    private List<String> warm(List<BenchQuery> queries) throws Exception {
        QueryText parser = new QueryText(index.analyzer());
        TermQuery published = new TermQuery(new Term(IndexSchema.VISIBILITY, "PUBLIC"));
        List<String> prefixes = List.of("pen", "ke", "jumlah pu", "produksi pa", "rumah s", "kota sam", "indeks k",
                "d");
        Map<BenchQuery, Bench.Series> perQuery = new LinkedHashMap<>();
        queries.forEach(q -> perQuery.put(q, new Bench.Series("warm, searched again " + q)));
        Bench.Series service = new Bench.Series(
                "warm: search via SearchService (public scope, top 20, 5 facets; answers kept from the same search a moment ago, RecentSearches)");
        Bench.Series lucene = new Bench.Series(
                "warm: search on the index only (top 20, 5 facets, highlighting), searched again every time (what a search not asked before on this searcher costs)");
        Bench.Series suggest = new Bench.Series(
                "warm: suggestions via SearchService (10 titles by prefix; kept from the same words a moment ago, public re-check in the database each time)");
        Bench.Series suggestAnew = new Bench.Series(
                "warm: suggestions on the index only, suggested again every time (what words not typed before on this searcher cost)");
        for (int round = 0; round < 70; round++) {
            boolean timed = round >= 40;
            for (int i = 0; i < queries.size(); i++) {
                BenchQuery q = queries.get(i);
                String prefix = prefixes.get(i % prefixes.size());
                Bench.Operation viaService = () -> search.search(SearchScope.publicScope(), q.lucene());
                Bench.Operation onIndex = () -> index.searchAgain(parser.parse(q.text()), published, q.lucene());
                Bench.Operation suggestion = () -> search.suggest(SearchScope.publicScope(), prefix, 10);
                Bench.Operation suggestionAnew = () -> index.suggestAgain(parser.titleWords(prefix), published, 10);
                if (timed) {
                    service.time(viaService);
                    perQuery.get(q).time(onIndex);
                    lucene.time(onIndex);
                    suggest.time(suggestion);
                    suggestAnew.time(suggestionAnew);
                }
                else {
                    viaService.run();
                    onIndex.run();
                    suggestion.run();
                    suggestionAnew.run();
                }
            }
        }
        List<String> lines = new ArrayList<>();
        perQuery.values().forEach(s -> lines.add("  " + s.stats()));
        warmService = service.stats();
        lines.add(warmService.toString());
        lines.add(lucene.stats().toString());
        lines.add(suggest.stats().toString());
        lines.add(suggestAnew.stats().toString());
        lines.add(
                "target p95 <= %.0f ms at %d datasets: search repeated %s, search asked anew %s, suggestions %s, suggestions asked anew %s"
                    .formatted(TARGET_P95_MS, DATASETS, verdict(service.stats().p95Ms() <= TARGET_P95_MS),
                            verdict(lucene.stats().p95Ms() <= TARGET_P95_MS),
                            verdict(suggest.stats().p95Ms() <= TARGET_P95_MS),
                            verdict(suggestAnew.stats().p95Ms() <= TARGET_P95_MS)));
        return lines;
    }

    private List<String> postgres(List<BenchQuery> queries, String config) throws Exception {
        boolean capped = DATASETS > POSTGRES_ROUNDS_UP_TO;
        int rounds = capped ? 1 : 5;
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            BenchPostgresSearch pg = new BenchPostgresSearch(c, config);
            AtomicInteger next = new AtomicInteger();
            List<List<Long>> pages = queries.stream()
                .map(q -> search.search(SearchScope.publicScope(), q.lucene()).hits())
                .map(hits -> hits.stream().map(SearchHit::datasetId).toList())
                .toList();
            lines.add(Bench
                .measure("public re-check of the queries' pages (one primary-key query)", queries.size() * 3,
                        queries.size() * 30, () -> source.released(pages.get(next.getAndIncrement() % pages.size())))
                .toString());
            Bench.Series all = new Bench.Series("postgresql full-text (top 20 by ts_rank, 5 facets)%s"
                .formatted(capped ? ", CAPPED to one run per query at this size, no warm-up" : ""));
            for (BenchQuery q : queries) {
                if (!capped) {
                    pg.run(q);
                }
                Bench.Series one = new Bench.Series("postgresql " + q);
                long hits = 0;
                for (int i = 0; i < rounds; i++) {
                    long[] found = new long[1];
                    Bench.Operation run = () -> found[0] = pg.run(q);
                    one.time(run);
                    all.time(run);
                    hits = found[0];
                }
                lines.add("  postgresql %-40s hits %7d median %9.2f ms".formatted(q, hits, one.stats().medianMs()));
            }
            lines.add(all.stats().toString());
            lines.add("p95 ratio postgresql / lucene via SearchService (warm): %.1fx; median %.1fx"
                .formatted(all.stats().p95Ms() / warmService.p95Ms(), all.stats().medianMs() / warmService.medianMs()));
        }
        return lines;
    }

    static List<BenchQuery> queries(String opd) {
        return List.of(new BenchQuery("penduduk"), new BenchQuery("kesehatan"), new BenchQuery("sekolah"),
                new BenchQuery("jumlah penduduk miskin"), new BenchQuery("kematian bayi"),
                new BenchQuery("produksi padi kutai"), new BenchQuery("banjir samarinda"), new BenchQuery(""),
                new BenchQuery("puskesmas", Facet.TOPIC, "kesehatan"), new BenchQuery("guru", Facet.YEAR, "2020"),
                new BenchQuery("sampah", Facet.ORGANISATION, opd), new BenchQuery("rumah sakit balikpapan"),
                new BenchQuery("inflasi"), new BenchQuery("data"), new BenchQuery("angka partisipasi sekolah"),
                new BenchQuery("xqzvkw"), new BenchQuery("kesehtan"), new BenchQuery("puskesmaz bontang"));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

}
