package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.Bench;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Search on 100,000 generated datasets: top 20 with five facets through the Lucene index
 * against the same queries with PostgreSQL full-text search (GIN index, ts_rank, facet
 * counts by GROUP BY) on the same corpus, in the same run. Run with
 * {@code ./mvnw -Pbench test -Dtest=SearchBenchmark}; figures go to
 * target/bench/search.txt. The scheduled reconciliation (every 10 s by default, each
 * comparing every fingerprint: hundreds of ms at this size) is held off while searches
 * are timed; its own cost is timed and reported on its own line.
 */
@PortalTest
@TestPropertySource(properties = "satudata.search.reconcile-interval=PT1H")
@Tag("bench")
class SearchBenchmark {

    static final int DATASETS = 100_000;

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

    /** One benchmark query, for both engines. */
    record BenchQuery(String text, Facet facet, String value) {

        SearchQuery lucene() {
            SearchQuery query = SearchQuery.of(text);
            return facet == null ? query : query.filter(facet, value);
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
        index.rebuild();
        long indexed = System.nanoTime();
        String config = PostgresSearch.prepare(dataSource);
        long prepared = System.nanoTime();
        Bench.Stats reconcile = Bench.measure("reconcile with nothing changed (every fingerprint compared)", 1, 5,
                index::reconcile);
        List<BenchQuery> queries = queries(agencies.get(7).code());
        List<String> lines = new ArrayList<>();
        lines.add(
                "corpus: %d datasets (80%% public), 40 OPDs; generated in %d ms; Lucene index rebuilt from PostgreSQL in %d ms; PostgreSQL tsvector table + GIN (config '%s') in %d ms"
                    .formatted(DATASETS, ms(start, generated), ms(generated, indexed), config, ms(indexed, prepared)));
        try (Connection c = dataSource.getConnection()) {
            PostgresSearch pg = new PostgresSearch(c, config);
            for (BenchQuery q : queries) {
                long lucene = search.search(SearchScope.publicScope(), q.lucene()).total();
                long postgres = pg.run(q);
                lines.add("  query %-40s hits lucene %6d, postgresql %6d".formatted(describe(q), lucene, postgres));
            }
            QueryText parser = new QueryText(index.analyzer());
            TermQuery published = new TermQuery(new Term(IndexSchema.VISIBILITY, "PUBLIC"));
            // every query through both paths before anything is timed (JIT, caches)
            for (int round = 0; round < 40; round++) {
                for (BenchQuery q : queries) {
                    search.search(SearchScope.publicScope(), q.lucene());
                    index.search(parser.parse(q.text()), published, q.lucene(), true);
                }
            }
            Bench.Series service = new Bench.Series("lucene via SearchService (public scope, top 20, 5 facets)");
            Bench.Series lucene = new Bench.Series("lucene index only (top 20, 5 facets, highlighting)");
            for (int round = 0; round < 30; round++) {
                for (BenchQuery q : queries) {
                    service.time(() -> search.search(SearchScope.publicScope(), q.lucene()));
                    lucene.time(() -> index.search(parser.parse(q.text()), published, q.lucene(), true));
                }
            }
            AtomicInteger next = new AtomicInteger();
            List<List<Long>> pages = queries.stream()
                .map(q -> search.search(SearchScope.publicScope(), q.lucene()).hits())
                .map(hits -> hits.stream().map(SearchHit::datasetId).toList())
                .toList();
            Bench.Stats recheck = Bench.measure("public re-check of the queries' pages (one primary-key query)",
                    queries.size() * 3, queries.size() * 30,
                    () -> source.released(pages.get(next.getAndIncrement() % pages.size())));
            Bench.Stats postgres = Bench.measure("postgresql full-text (top 20 by ts_rank, 5 facets)", queries.size(),
                    queries.size() * 5, () -> pg.run(queries.get(next.getAndIncrement() % queries.size())));
            for (BenchQuery q : queries) {
                Bench.Stats one = Bench.measure("lucene " + describe(q), 3, 15,
                        () -> index.search(parser.parse(q.text()), published, q.lucene(), true));
                Bench.Stats other = Bench.measure("postgresql " + describe(q), 1, 3, () -> pg.run(q));
                lines.add("  %-45s lucene median %8.2f ms | postgresql median %8.2f ms".formatted(describe(q),
                        one.medianMs(), other.medianMs()));
            }
            lines.add(service.stats().toString());
            lines.add(lucene.stats().toString());
            lines.add(recheck.toString());
            lines.add(reconcile.toString());
            lines.add(postgres.toString());
            lines.add("p95 ratio postgresql / lucene service: %.1fx (median %.1fx); postgresql / lucene index: %.1fx"
                .formatted(postgres.p95Ms() / service.stats().p95Ms(), postgres.medianMs() / service.stats().medianMs(),
                        postgres.p95Ms() / lucene.stats().p95Ms()));
        }
        Bench.report("search", lines);
        assertThat(index.health().documents()).isGreaterThanOrEqualTo(DATASETS);
    }

    private static List<BenchQuery> queries(String opd) {
        return List.of(new BenchQuery("penduduk", null, null), new BenchQuery("kesehatan", null, null),
                new BenchQuery("sekolah", null, null), new BenchQuery("jumlah penduduk miskin", null, null),
                new BenchQuery("kematian bayi", null, null), new BenchQuery("produksi padi kutai", null, null),
                new BenchQuery("banjir samarinda", null, null), new BenchQuery("", null, null),
                new BenchQuery("puskesmas", Facet.TOPIC, "kesehatan"), new BenchQuery("guru", Facet.YEAR, "2020"),
                new BenchQuery("sampah", Facet.ORGANISATION, opd), new BenchQuery("rumah sakit balikpapan", null, null),
                new BenchQuery("inflasi", null, null), new BenchQuery("data", null, null),
                new BenchQuery("angka partisipasi sekolah", null, null), new BenchQuery("xqzvkw", null, null));
    }

    private static String describe(BenchQuery q) {
        return "\"" + q.text() + "\"" + (q.facet() == null ? "" : " " + q.facet().dimension() + "=" + q.value());
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The same searches in PostgreSQL. */
    static final class PostgresSearch {

        private final Connection connection;

        private final String config;

        PostgresSearch(Connection connection, String config) {
            this.connection = connection;
            this.config = config;
        }

        /**
         * Builds the denormalised search table with its GIN index; returns the text
         * search configuration.
         */
        static String prepare(DataSource dataSource) throws Exception {
            try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
                String config;
                try (ResultSet r = s.executeQuery("select count(*) from pg_ts_config where cfgname = 'indonesian'")) {
                    r.next();
                    config = r.getInt(1) > 0 ? "indonesian" : "simple";
                }
                s.execute("drop table if exists bench_fts");
                s.execute(
                        """
                                create table bench_fts as
                                select d.id, o.code as opd_code, t.code as topic_code, d.visibility,
                                       greatest(d.updated_at, m.updated_at) as date,
                                       coalesce((select array_agg(g.tag) from dataset_tag g where g.dataset_id = d.id), '{}') as tags,
                                       case when m.period_start is null then '{}'::int[]
                                            else array(select generate_series(m.period_start, m.period_end)) end as years,
                                       case when d.row_count > 0 then array['CSV', 'JSON', 'XLSX'] else '{}'::text[] end as formats,
                                       setweight(to_tsvector('%1$s', d.title), 'A')
                                       || setweight(to_tsvector('%1$s', coalesce((select string_agg(replace(g.tag, '-', ' '), ' ')
                                              from dataset_tag g where g.dataset_id = d.id), '')), 'B')
                                       || setweight(to_tsvector('%1$s', coalesce(t.name_id, '') || ' ' || o.name), 'C')
                                       || setweight(to_tsvector('%1$s', d.description), 'D') as tsv
                                from dataset d join opd o on o.id = d.opd_id
                                left join dataset_metadata m on m.dataset_id = d.id
                                left join catalog_topic t on t.id = m.topic_id"""
                            .formatted(config));
                s.execute("create index bench_fts_tsv on bench_fts using gin (tsv)");
                s.execute("create index bench_fts_date on bench_fts (date desc)");
                s.execute("analyze bench_fts");
                return config;
            }
        }

        /** Runs the query with its facet counts; returns the total. */
        long run(BenchQuery q) throws Exception {
            boolean text = !q.text().isBlank();
            String filter = q.facet() == null ? "" : switch (q.facet()) {
                case TOPIC -> " and topic_code = ?";
                case ORGANISATION -> " and opd_code = ?";
                case YEAR -> " and ?::int = any(years)";
                default -> throw new IllegalArgumentException();
            };
            String sql = """
                    with hits as materialized (
                        select id, opd_code, topic_code, tags, years, formats, date, %s as rank
                        from bench_fts %s where visibility = 'PUBLIC' %s %s)
                    select (select array_agg(id) from (select id from hits order by rank desc, date desc limit 20) x),
                           (select count(*) from hits),
                           (select json_agg(x) from (select opd_code, count(*) from hits group by 1 order by 2 desc limit 50) x),
                           (select json_agg(x) from (select topic_code, count(*) from hits group by 1 order by 2 desc limit 50) x),
                           (select json_agg(x) from (select unnest(tags) v, count(*) from hits group by 1 order by 2 desc limit 50) x),
                           (select json_agg(x) from (select unnest(years) v, count(*) from hits group by 1 order by 2 desc limit 50) x),
                           (select json_agg(x) from (select unnest(formats) v, count(*) from hits group by 1 order by 2 desc limit 50) x)
                    """
                .formatted(text ? "ts_rank(tsv, q)" : "0::real",
                        text ? ", websearch_to_tsquery('" + config + "', ?) q" : "", text ? "and tsv @@ q" : "",
                        filter);
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                int i = 1;
                if (text) {
                    s.setString(i++, q.text());
                }
                if (q.facet() != null) {
                    s.setString(i, q.value());
                }
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(2);
                }
            }
        }

    }

}
