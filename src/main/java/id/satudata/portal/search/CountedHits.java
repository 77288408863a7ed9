package id.satudata.portal.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The hits {@link FacetCounting} found on one searcher, as a filter for the scored pass
 * of the same search on the same searcher: the page's scorer then visits only the hits
 * (with the smallest cost the filter leads the conjunction) instead of finding them again
 * among the postings of every word, field and typo variant. Valid only on the reader
 * counted; never cached (it equals only itself).
 */
final class CountedHits extends Query {

    /** Per segment (by its position among the reader's leaves), its hits; null: none. */
    private final FixedBitSet[] segments;

    CountedHits(FixedBitSet[] segments) {
        this.segments = segments;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                FixedBitSet hits = context.ord < segments.length ? segments[context.ord] : null;
                if (hits == null) {
                    return null;
                }
                if (hits.length() != context.reader().maxDoc()) {
                    throw new IllegalStateException("Counted hits of another reader");
                }
                BitSetIterator docs = new BitSetIterator(hits, hits.approximateCardinality());
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, docs));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public String toString(String field) {
        return "CountedHits";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

}
