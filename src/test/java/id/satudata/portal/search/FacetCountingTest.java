package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The in-memory facet counting against Lucene's own drill-sideways counting on the same
 * index: several segments, deleted documents, multi-valued facets, random queries (some
 * with few hits) and choices (values present in some segments only, values present
 * nowhere); and the counted hits, as a query, are the drill-down's hits.
 */
class FacetCountingTest {

    private static final String[] TAGS = { "air", "banjir", "guru", "jalan", "padi", "pasar", "sampah", "sekolah" };

    private static final int DOCS = 15_300;

    private final Random random = new Random(20261123);

    @Test
    void countsAndFindsTheHitsAndFacetValuesExactlyAsLucenesDrillSideways() throws IOException {
        FacetsConfig config = IndexSchema.facets();
        try (Directory directory = new ByteBuffersDirectory()) {
            write(directory, config);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(6);
                assertThat(reader.numDeletedDocs()).isPositive();
                IndexSearcher searcher = new IndexSearcher(reader);
                SegmentFacetsCache segments = new SegmentFacetsCache();
                SegmentFacets large = segments.of(reader.leaves().get(0).reader());
                assertThat(large.denseValueCount()).isPositive().isLessThan(large.valueCount());
                DrillSideways lucene = new DrillSideways(searcher, config,
                        new DefaultSortedSetDocValuesReaderState(reader, config));
                for (int trial = 0; trial < 100; trial++) {
                    Query base = switch (random.nextInt(3)) {
                        case 0 -> new MatchAllDocsQuery();
                        case 1 -> new TermQuery(new Term("word", random.nextBoolean() ? "a" : "b"));
                        // few hits: the values held by many are counted word by word
                        default -> new TermQuery(new Term("rare", "yes"));
                    };
                    Map<Facet, Set<String>> chosen = choices();
                    DrillDownQuery drill = new DrillDownQuery(config, base);
                    chosen.forEach((facet, values) -> values.forEach(v -> drill.add(facet.dimension(), v)));
                    DrillSideways.DrillSidewaysResult expected = lucene.search(drill, 10);

                    FacetCounting.Tally tally = searcher.search(base, new FacetCounting(segments, chosen));

                    assertThat(tally.hits()).as("hits of %s with %s", base, chosen)
                        .isEqualTo(expected.hits.totalHits.value());
                    assertThat(tally.counts()).as("counts of %s with %s", base, chosen)
                        .isEqualTo(counts(expected.facets));
                    assertThat(searcher.count(tally.found())).as("counted hits of %s with %s", base, chosen)
                        .isEqualTo(expected.hits.totalHits.value())
                        .isEqualTo(searcher.count(new BooleanQuery.Builder().add(drill, BooleanClause.Occur.MUST)
                            .add(tally.found(), BooleanClause.Occur.FILTER)
                            .build()));
                }
            }
        }
    }

    private void write(Directory directory, FacetsConfig config) throws IOException {
        IndexWriterConfig settings = new IndexWriterConfig(new StandardAnalyzer())
            .setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, settings)) {
            // three large segments (values held by many documents are counted as bit
            // sets there) and three small ones
            for (int doc = 0; doc < DOCS; doc++) {
                writer.addDocument(config.build(document(doc)));
                if (doc == 5000 || doc == 10_000 || doc == 15_000 || doc == 15_100 || doc == 15_200) {
                    writer.commit();
                }
            }
            for (int doc = 0; doc < DOCS; doc += 7) {
                writer.deleteDocuments(new Term("id", Integer.toString(doc)));
            }
        }
    }

    private Document document(int id) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(id), Field.Store.NO));
        doc.add(new StringField("word", random.nextBoolean() ? "a" : "b", Field.Store.NO));
        if (random.nextInt(1000) == 0) {
            doc.add(new StringField("rare", "yes", Field.Store.NO));
        }
        // later segments know values earlier ones do not
        doc.add(new SortedSetDocValuesFacetField(Facet.ORGANISATION.dimension(),
                "opd-" + random.nextInt(3 + id / 150)));
        if (random.nextInt(4) > 0) {
            doc.add(new SortedSetDocValuesFacetField(Facet.TOPIC.dimension(), "topic-" + random.nextInt(4)));
        }
        for (String tag : some(TAGS, 3)) {
            doc.add(new SortedSetDocValuesFacetField(Facet.TAG.dimension(), tag));
        }
        for (String format : some(new String[] { "CSV", "JSON", "XLSX" }, 3)) {
            doc.add(new SortedSetDocValuesFacetField(Facet.FORMAT.dimension(), format));
        }
        int from = 2015 + random.nextInt(8);
        for (int year = from; year < from + random.nextInt(4); year++) {
            doc.add(new SortedSetDocValuesFacetField(Facet.YEAR.dimension(), Integer.toString(year)));
        }
        return doc;
    }

    private Set<String> some(String[] values, int most) {
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            chosen.add(values[random.nextInt(values.length)]);
        }
        return chosen;
    }

    private Map<Facet, Set<String>> choices() {
        Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
        for (int i = random.nextInt(4); i > 0; i--) {
            Facet facet = Facet.values()[random.nextInt(Facet.values().length)];
            String value = switch (facet) {
                case ORGANISATION -> "opd-" + (random.nextBoolean() ? random.nextInt(60) : 100 + random.nextInt(300));
                case TOPIC -> "topic-" + random.nextInt(5);
                case TAG -> TAGS[random.nextInt(TAGS.length)];
                case FORMAT -> random.nextBoolean() ? "CSV" : "XLSX";
                case YEAR -> Integer.toString(2014 + random.nextInt(12));
            };
            chosen.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(value);
        }
        return chosen;
    }

    private static Map<Facet, Map<String, Long>> counts(Facets facets) throws IOException {
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            FacetResult result;
            try {
                result = facets.getTopChildren(1000, facet.dimension());
            }
            catch (IllegalArgumentException notIndexed) {
                result = null;
            }
            if (result != null && result.labelValues.length > 0) {
                Map<String, Long> values = new HashMap<>();
                for (LabelAndValue value : result.labelValues) {
                    values.put(value.label, value.value.longValue());
                }
                counts.put(facet, values);
            }
        }
        return counts;
    }

}
