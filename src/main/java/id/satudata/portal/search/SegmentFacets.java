package id.satudata.portal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet values of every document of one index segment, read once from its doc values
 * into flat arrays: counting a hit's values is then a few array reads instead of decoding
 * doc values (five times faster on 80,000 hits). Values are numbered by the segment's own
 * ordinals; documents deleted later keep their entries (searches never see them).
 */
final class SegmentFacets {

    private static final Facet[] FACETS = Facet.values();

    /** Per document, where its ordinals start in {@link #ordinals}. */
    private final int[] starts;

    /** The ordinals of every document's facet values, document after document. */
    private final int[] ordinals;

    /** Per ordinal, the index of its facet in {@link Facet#values()}; -1 if unknown. */
    private final byte[] facetOf;

    private final String[] valueOf;

    private final Map<Facet, Map<String, Integer>> ordinalOf;

    private SegmentFacets(int[] starts, int[] ordinals, byte[] facetOf, String[] valueOf,
            Map<Facet, Map<String, Integer>> ordinalOf) {
        this.starts = starts;
        this.ordinals = ordinals;
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
        int[] starts = new int[segment.maxDoc() + 1];
        int[] ordinals = new int[Math.max(16, segment.maxDoc() * 4)];
        int size = 0;
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
            starts[doc] = size;
            if (values.advanceExact(doc)) {
                int n = values.docValueCount();
                if (size + n > ordinals.length) {
                    ordinals = Arrays.copyOf(ordinals, Math.max(size + n, ordinals.length * 2));
                }
                for (int i = 0; i < n; i++) {
                    ordinals[size++] = (int) values.nextOrd();
                }
            }
        }
        starts[segment.maxDoc()] = size;
        return new SegmentFacets(starts, Arrays.copyOf(ordinals, size), facetOf, valueOf, ordinalOf);
    }

    int valueCount() {
        return valueOf.length;
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

    /** Adds one to the count of each value of the document. */
    void countAll(int doc, int[] counts) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            counts[ordinals[i]]++;
        }
    }

    /** Adds one to the count of each value of the document in the facet. */
    void countFacet(int doc, int facet, int[] counts) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            int ord = ordinals[i];
            if (facetOf[ord] == facet) {
                counts[ord]++;
            }
        }
    }

    /**
     * The facets (as bits by {@link Facet#ordinal()}) in which the document has one of
     * the chosen values.
     */
    int facetsChosen(int doc, boolean[] chosen) {
        int facets = 0;
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            int ord = ordinals[i];
            if (chosen[ord]) {
                facets |= 1 << facetOf[ord];
            }
        }
        return facets;
    }

}
