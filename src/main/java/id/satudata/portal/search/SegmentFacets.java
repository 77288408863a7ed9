package id.satudata.portal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The facet values of every document of one index segment, read once from its doc values
 * into memory, so counting the values of a query's hits does not decode doc values.
 * Values held by many documents (a format, a recent year) are kept as one bit set each
 * and counted by intersecting it with the hits; the others as a list of value numbers per
 * document, counted over the hits or over the documents having such a value, whichever
 * are fewer. Values are numbered by the segment's own ordinals; documents deleted later
 * keep their entries (searches never see them).
 */
final class SegmentFacets {

    /** A value held by at least this share of the documents is kept as a bit set. */
    private static final int DENSE_SHARE = 64;

    /** Smaller segments keep every value as lists (their bit sets would not pay). */
    private static final int DENSE_FROM_DOCS = 4096;

    /**
     * Hits in at most this share of the 64-document words are counted word by word, not
     * over the whole bit set (at a million documents that paid up to a few hundred hits;
     * at 2,000-3,000 hits, a quarter of the words, the whole bit set was faster).
     */
    private static final int SPARSE_WORDS = 16;

    private static final Facet[] FACETS = Facet.values();

    private final int maxDoc;

    /** Per document, where its sparse ordinals start in {@link #ordinals}. */
    private final int[] starts;

    /** The ordinals of every document's sparse values, document after document. */
    private final int[] ordinals;

    /** The documents having a sparse value, in order. */
    private final int[] sparseDocs;

    /** Per ordinal, its documents if the value is dense, else null. */
    private final FixedBitSet[] dense;

    /** Per ordinal, the index of its facet in {@link Facet#values()}; -1 if unknown. */
    private final byte[] facetOf;

    private final String[] valueOf;

    private final Map<Facet, Map<String, Integer>> ordinalOf;

    private SegmentFacets(int maxDoc, int[] starts, int[] ordinals, FixedBitSet[] dense, byte[] facetOf,
            String[] valueOf, Map<Facet, Map<String, Integer>> ordinalOf) {
        this.maxDoc = maxDoc;
        this.starts = starts;
        this.ordinals = ordinals;
        this.sparseDocs = IntStream.range(0, maxDoc).filter(doc -> starts[doc] < starts[doc + 1]).toArray();
        this.dense = dense;
        this.facetOf = facetOf;
        this.valueOf = valueOf;
        this.ordinalOf = ordinalOf;
    }

    static SegmentFacets read(LeafReader segment) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int count = Math.toIntExact(values.getValueCount());
        byte[] facetOf = new byte[count];
        String[] valueOf = new String[count];
        Map<Facet, Map<String, Integer>> ordinalOf = new EnumMap<>(Facet.class);
        Map<String, Facet> byDimension = new HashMap<>();
        for (Facet facet : FACETS) {
            byDimension.put(facet.dimension(), facet);
            ordinalOf.put(facet, new HashMap<>());
        }
        for (int ord = 0; ord < count; ord++) {
            BytesRef term = values.lookupOrd(ord);
            String[] path = FacetsConfig.stringToPath(term.utf8ToString());
            Facet facet = byDimension.get(path[0]);
            facetOf[ord] = (byte) (facet == null || path.length != 2 ? -1 : facet.ordinal());
            valueOf[ord] = path.length > 1 ? path[1] : "";
            if (facetOf[ord] >= 0) {
                ordinalOf.get(facet).put(valueOf[ord], ord);
            }
        }
        int maxDoc = segment.maxDoc();
        int[] all = new int[Math.max(16, maxDoc * 4)];
        int[] allStarts = new int[maxDoc + 1];
        int[] documents = new int[count];
        int size = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            allStarts[doc] = size;
            if (values.advanceExact(doc)) {
                int n = values.docValueCount();
                if (size + n > all.length) {
                    all = Arrays.copyOf(all, Math.max(size + n, all.length * 2));
                }
                for (int i = 0; i < n; i++) {
                    int ord = (int) values.nextOrd();
                    all[size++] = ord;
                    documents[ord]++;
                }
            }
        }
        allStarts[maxDoc] = size;
        return split(maxDoc, allStarts, all, documents, facetOf, valueOf, ordinalOf);
    }

    /** Moves the values of many documents from the lists to bit sets. */
    private static SegmentFacets split(int maxDoc, int[] allStarts, int[] all, int[] documents, byte[] facetOf,
            String[] valueOf, Map<Facet, Map<String, Integer>> ordinalOf) {
        FixedBitSet[] dense = new FixedBitSet[documents.length];
        for (int ord = 0; ord < documents.length; ord++) {
            if (maxDoc >= DENSE_FROM_DOCS && documents[ord] >= maxDoc / DENSE_SHARE) {
                dense[ord] = new FixedBitSet(maxDoc);
            }
        }
        int[] starts = new int[maxDoc + 1];
        int size = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            starts[doc] = size;
            for (int i = allStarts[doc]; i < allStarts[doc + 1]; i++) {
                int ord = all[i];
                if (dense[ord] != null) {
                    dense[ord].set(doc);
                }
                else {
                    all[size++] = ord;
                }
            }
        }
        starts[maxDoc] = size;
        return new SegmentFacets(maxDoc, starts, Arrays.copyOf(all, size), dense, facetOf, valueOf, ordinalOf);
    }

    int maxDoc() {
        return maxDoc;
    }

    int valueCount() {
        return valueOf.length;
    }

    int denseValueCount() {
        return (int) Arrays.stream(dense).filter(Objects::nonNull).count();
    }

    /** The segment's ordinal of a facet value; -1 if no document of it has the value. */
    int ordinal(Facet facet, String value) {
        return ordinalOf.get(facet).getOrDefault(value, -1);
    }

    Facet facet(int ordinal) {
        return FACETS[facetOf[ordinal]];
    }

    boolean known(int ordinal) {
        return facetOf[ordinal] >= 0;
    }

    String value(int ordinal) {
        return valueOf[ordinal];
    }

    /** Whether the document has the value. */
    boolean has(int doc, int ordinal) {
        if (dense[ordinal] != null) {
            return dense[ordinal].get(doc);
        }
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            if (ordinals[i] == ordinal) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds to the count of each value (of one facet, or of all if {@code facet} is
     * negative) the number of the documents having it.
     * @param size how many documents {@code docs} holds
     */
    void count(FixedBitSet docs, int size, int facet, int[] counts) {
        countDense(docs, facet, counts);
        // the documents having a sparse value or the given ones, whichever are fewer
        // (a broad query's hits are most documents, a narrow one's a few)
        if (sparseDocs.length <= size) {
            for (int doc : sparseDocs) {
                if (docs.get(doc)) {
                    countSparse(doc, facet, counts);
                }
            }
        }
        else {
            BitSetIterator hits = new BitSetIterator(docs, size);
            for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
                countSparse(doc, facet, counts);
            }
        }
    }

    private void countSparse(int doc, int facet, int[] counts) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            int ord = ordinals[i];
            if (facet < 0 || facetOf[ord] == facet) {
                counts[ord]++;
            }
        }
    }

    private void countDense(FixedBitSet docs, int facet, int[] counts) {
        int[] occupied = occupiedWords(docs.getBits());
        for (int ord = 0; ord < dense.length; ord++) {
            if (dense[ord] != null && (facet < 0 || facetOf[ord] == facet)) {
                counts[ord] += occupied == null ? (int) FixedBitSet.intersectionCount(docs, dense[ord])
                        : intersectionCount(docs.getBits(), dense[ord].getBits(), occupied);
            }
        }
    }

    /**
     * The positions of the words having a document, when they are few enough that
     * visiting only them pays (a query of a few thousand hits among a million documents
     * leaves most words empty); null when most words have one.
     */
    private static int @Nullable [] occupiedWords(long[] words) {
        int[] occupied = new int[words.length / SPARSE_WORDS];
        int size = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i] != 0) {
                if (size == occupied.length) {
                    return null;
                }
                occupied[size++] = i;
            }
        }
        return Arrays.copyOf(occupied, size);
    }

    private static int intersectionCount(long[] docs, long[] value, int[] occupied) {
        int count = 0;
        for (int i : occupied) {
            count += Long.bitCount(docs[i] & value[i]);
        }
        return count;
    }

}
