package id.satudata.portal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * What a hit shows, kept with each document as one binary doc value: reading a page of
 * them is a few direct reads, where stored fields would each decompress a block (ten
 * times slower for a page of 20).
 *
 * @param releasedAt epoch milliseconds; null if never released
 */
record HitCard(long id, String slug, String title, String description, String opdCode, String opdName,
        @Nullable String topicCode, @Nullable Long releasedAt) {

    BytesRef bytes() {
        byte[] buffer = new byte[64 + 3 * (slug.length() + title.length() + description.length() + opdCode.length()
                + opdName.length() + (topicCode == null ? 0 : topicCode.length()))];
        ByteArrayDataOutput out = new ByteArrayDataOutput(buffer);
        try {
            out.writeVLong(id);
            for (String text : List.of(slug, title, description, opdCode, opdName,
                    topicCode == null ? "" : topicCode)) {
                out.writeString(text);
            }
            out.writeZLong(releasedAt == null ? -1 : releasedAt);
        }
        catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return new BytesRef(buffer, 0, out.getPosition());
    }

    static HitCard of(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        long id = in.readVLong();
        String slug = in.readString();
        String title = in.readString();
        String description = in.readString();
        String opdCode = in.readString();
        String opdName = in.readString();
        String topic = in.readString();
        long released = in.readZLong();
        return new HitCard(id, slug, title, description, opdCode, opdName, topic.isEmpty() ? null : topic,
                released < 0 ? null : released);
    }

    /** The cards of the documents, in the order given. */
    static HitCard[] read(IndexReader reader, int[] docs) throws IOException {
        HitCard[] cards = new HitCard[docs.length];
        // doc values are read forward only: by document order, per segment
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = reader.leaves();
        BinaryDocValues values = null;
        int leaf = -1;
        for (int i : order) {
            int at = ReaderUtil.subIndex(docs[i], leaves);
            if (at != leaf) {
                leaf = at;
                values = leaves.get(at).reader().getBinaryDocValues(IndexSchema.CARD);
            }
            int doc = docs[i] - leaves.get(at).docBase;
            if (values == null || !values.advanceExact(doc)) {
                throw new IllegalStateException("Search index document " + docs[i] + " has no card");
            }
            cards[i] = of(values.binaryValue());
        }
        return cards;
    }

}
