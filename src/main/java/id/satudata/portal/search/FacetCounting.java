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

/**
 * Counts a query's hits and their facet values in one pass without scores, "drill
 * sideways": a document having a chosen value in every facet with choices is a hit and
 * counts in every facet; a document missing the choice of exactly one facet counts in
 * that facet only, so the other values of a chosen facet keep their counts.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Tally> {

    /** Hits and, per facet, the number of them having each value. */
    record Tally(long hits, Map<Facet, Map<String, Long>> counts) {
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
        for (Counter counter : counters) {
            hits += counter.hits;
            for (SegmentCounts segment : counter.segments) {
                segment.addTo(counts);
            }
        }
        return new Tally(hits, counts);
    }

    /** Counts of one segment's ordinals. */
    private record SegmentCounts(SegmentFacets facets, int[] counts) {

        void addTo(Map<Facet, Map<String, Long>> all) {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0 && facets.known(ord)) {
                    all.computeIfAbsent(facets.facet(ord), f -> new HashMap<>())
                        .merge(facets.value(ord), (long) counts[ord], Long::sum);
                }
            }
        }

    }

    final class Counter implements Collector {

        private final List<SegmentCounts> segments = new ArrayList<>();

        private long hits;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SegmentFacets facets = FacetCounting.this.segments.of(context.reader());
            int[] counts = new int[facets.valueCount()];
            segments.add(new SegmentCounts(facets, counts));
            boolean[] chosenOrdinals = new boolean[facets.valueCount()];
            int required = 0;
            for (var choice : chosen.entrySet()) {
                required |= 1 << choice.getKey().ordinal();
                for (String value : choice.getValue()) {
                    int ord = facets.ordinal(choice.getKey(), value);
                    if (ord >= 0) {
                        chosenOrdinals[ord] = true;
                    }
                }
            }
            return required == 0 ? new All(facets, counts) : new Sideways(facets, counts, chosenOrdinals, required);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /** No choices: every document is a hit. */
        private final class All implements LeafCollector {

            private final SegmentFacets facets;

            private final int[] counts;

            All(SegmentFacets facets, int[] counts) {
                this.facets = facets;
                this.counts = counts;
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) {
                hits++;
                facets.countAll(doc, counts);
            }

        }

        private final class Sideways implements LeafCollector {

            private final SegmentFacets facets;

            private final int[] counts;

            private final boolean[] chosen;

            private final int required;

            Sideways(SegmentFacets facets, int[] counts, boolean[] chosen, int required) {
                this.facets = facets;
                this.counts = counts;
                this.chosen = chosen;
                this.required = required;
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) {
                int missing = required & ~facets.facetsChosen(doc, chosen);
                if (missing == 0) {
                    hits++;
                    facets.countAll(doc, counts);
                }
                else if ((missing & (missing - 1)) == 0) {
                    facets.countFacet(doc, Integer.numberOfTrailingZeros(missing), counts);
                }
            }

        }

    }

}
