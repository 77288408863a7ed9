package id.satudata.portal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/**
 * The benchmark's searches in PostgreSQL full-text search: a denormalised table with a
 * GIN index, ts_rank, facet counts by GROUP BY.
 */
final class BenchPostgresSearch {

    private final Connection connection;

    private final String config;

    BenchPostgresSearch(Connection connection, String config) {
        this.connection = connection;
        this.config = config;
    }

    /**
     * Builds the denormalised search table with its GIN index; returns the text search
     * configuration.
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
    long run(SearchBenchmark.BenchQuery q) throws Exception {
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
                    text ? ", websearch_to_tsquery('" + config + "', ?) q" : "", text ? "and tsv @@ q" : "", filter);
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
