package id.satudata.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts a query's hits and their facet values in one pass without scores (marking the
 * documents, counted per segment once all are known), "drill sideways": a document having
 * a chosen value in every facet with choices is a hit and counts in every facet; a
 * document missing the choice of exactly one facet counts in that facet only, so the
 * other values of a chosen facet keep their counts.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Tally> {

    /**
     * Hits and, per facet, the number of them having each value.
     *
     * @param found the hits themselves, for the scored pass on the same searcher
     */
    record Tally(long hits, Map<Facet, Map<String, Long>> counts, CountedHits found) {
    }

    private final SegmentFacetsCache segments;

    private final Map<Facet, Set<String>> chosen;

    FacetCounting(SegmentFacetsCache segments, Map<Facet, Set<String>> chosen) {
        this.segments = segments;
        this.chosen = chosen;
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Tally reduce(Collection<Counter> counters) {
        long hits = 0;
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        List<SegmentCounts> all = counters.stream().flatMap(counter -> counter.segments.stream()).toList();
        FixedBitSet[] found = new FixedBitSet[all.stream().mapToInt(SegmentCounts::ord).max().orElse(-1) + 1];
        for (SegmentCounts segment : all) {
            hits += segment.addTo(counts);
            found[segment.ord()] = segment.hits();
        }
        return new Tally(hits, counts, new CountedHits(found));
    }

    /**
     * One segment's documents to count values on (hits, and those missing one facet's
     * choice, by facet), and the counts.
     */
    private record SegmentCounts(int ord, SegmentFacets facets, int[] counts, FixedBitSet hits,
            FixedBitSet[] missingOne) {

        /** Counts and adds the segment's values; returns its hits. */
        int addTo(Map<Facet, Map<String, Long>> all) {
            int found = hits.cardinality();
            facets.count(hits, found, -1, counts);
            for (int facet = 0; facet < missingOne.length; facet++) {
                if (missingOne[facet] != null) {
                    facets.count(missingOne[facet], missingOne[facet].cardinality(), facet, counts);
                }
            }
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0 && facets.known(ord)) {
                    all.computeIfAbsent(facets.facet(ord), f -> new HashMap<>())
                        .merge(facets.value(ord), (long) counts[ord], Long::sum);
                }
            }
            return found;
        }

    }

    final class Counter implements Collector {

        private final List<SegmentCounts> segments = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SegmentFacets facets = FacetCounting.this.segments.of(context.reader());
            SegmentCounts segment = new SegmentCounts(context.ord, facets, new int[facets.valueCount()],
                    new FixedBitSet(facets.maxDoc()), new FixedBitSet[Facet.values().length]);
            segments.add(segment);
            if (chosen.isEmpty()) {
                return new All(segment);
            }
            int[] choiceFacets = new int[chosen.size()];
            int[][] choiceOrdinals = new int[chosen.size()][];
            int c = 0;
            for (var choice : chosen.entrySet()) {
                choiceFacets[c] = choice.getKey().ordinal();
                choiceOrdinals[c] = choice.getValue()
                    .stream()
                    .mapToInt(v -> facets.ordinal(choice.getKey(), v))
                    .filter(ord -> ord >= 0)
                    .toArray();
                segment.missingOne()[choiceFacets[c]] = new FixedBitSet(facets.maxDoc());
                c++;
            }
            return new Sideways(segment, choiceFacets, choiceOrdinals);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /**
         * No choices: every document is a hit (its values are counted once all are
         * known).
         */
        private static final class All implements LeafCollector {

            private final FixedBitSet docs;

            All(SegmentCounts segment) {
                this.docs = segment.hits();
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) {
                docs.set(doc);
            }

        }

        private final class Sideways implements LeafCollector {

            private final SegmentCounts segment;

            private final int[] choiceFacets;

            private final int[][] choiceOrdinals;

            private final int required;

            Sideways(SegmentCounts segment, int[] choiceFacets, int[][] choiceOrdinals) {
                this.segment = segment;
                this.choiceFacets = choiceFacets;
                this.choiceOrdinals = choiceOrdinals;
                int all = 0;
                for (int facet : choiceFacets) {
                    all |= 1 << facet;
                }
                this.required = all;
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) {
                int missing = required & ~chosenIn(doc);
                if (missing == 0) {
                    segment.hits().set(doc);
                }
                else if ((missing & (missing - 1)) == 0) {
                    segment.missingOne()[Integer.numberOfTrailingZeros(missing)].set(doc);
                }
            }

            /** The facets (bits by ordinal) in which the document has a chosen value. */
            private int chosenIn(int doc) {
                int facets = 0;
                for (int c = 0; c < choiceFacets.length; c++) {
                    for (int ord : choiceOrdinals[c]) {
                        if (segment.facets().has(doc, ord)) {
                            facets |= 1 << choiceFacets[c];
                            break;
                        }
                    }
                }
                return facets;
            }

        }

    }

}
