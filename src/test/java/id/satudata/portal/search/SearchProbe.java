package id.satudata.portal.search;

import id.satudata.portal.test.Bench;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmark's queries on the index alone (public scope, top 20, facets,
 * highlighting), in a JVM of its own: {@link SearchBenchmark} starts it with and without
 * {@code --add-modules jdk.incubator.vector} on the index it built, because whether
 * Lucene decodes postings with the vector API is fixed when a JVM starts. Prints one line
 * of figures.
 */
final class SearchProbe {

    private SearchProbe() {
    }

    /** Arguments: the index folder, the OPD code of the organisation query, rounds. */
    public static void main(String[] args) throws IOException {
        int rounds = Integer.parseInt(args[2]);
        List<SearchBenchmark.BenchQuery> queries = SearchBenchmark.queries(args[1]);
        try (var directory = FSDirectory.open(Path.of(args[0])); var reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SegmentFacetsCache facets = new SegmentFacetsCache();
            facets.warm(reader);
            var analyzer = IndexSchema.analyzer();
            Searching searching = new Searching(searcher, facets, RecentSearches.NONE, IndexSchema.facets(), analyzer,
                    ZoneId.of("UTC"));
            QueryText parser = new QueryText(analyzer);
            Query published = new TermQuery(new Term(IndexSchema.VISIBILITY, "PUBLIC"));
            Bench.Operation[] runs = queries.stream()
                .map(q -> (Bench.Operation) () -> searching.run(parser.parse(q.text()), published, q.lucene()))
                .toArray(Bench.Operation[]::new);
            Bench.Series series = new Bench.Series("index only");
            for (int round = 0; round < rounds * 2; round++) {
                for (Bench.Operation run : runs) {
                    if (round < rounds) {
                        run(run);
                    }
                    else {
                        series.time(run);
                    }
                }
            }
            Bench.Stats stats = series.stats();
            System.out.printf("PROBE vector=%s median=%.3f p95=%.3f runs=%d%n",
                    ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), stats.medianMs(), stats.p95Ms(),
                    stats.runs());
        }
    }

    private static void run(Bench.Operation operation) {
        try {
            operation.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
