package id.satudata.portal.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the title (whole) and the best sentences of the description of one page of
 * hits in a single pass. Offsets come from the postings (the fields are indexed with
 * offsets), so no text is analysed again; the query's terms are looked up per field
 * rather than re-running the whole query per document (no weight matches); the stored
 * texts are the ones already loaded for the page.
 */
final class Highlighting extends UnifiedHighlighter {

    private static final String[] FIELDS = { IndexSchema.TITLE, IndexSchema.DESCRIPTION };

    private static final int[] PASSAGES = { 1, 2 };

    private final Map<Integer, Document> stored;

    private Highlighting(Builder builder, Map<Integer, Document> stored) {
        super(builder);
        this.stored = stored;
    }

    /**
     * The highlighted title and description of each document (null where nothing
     * matched), by position in {@code docs}.
     * @param stored the page's documents with their title and description, by doc id
     */
    static Map<String, String[]> highlight(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs,
            Map<Integer, Document> stored) throws IOException {
        Builder builder = builder(searcher, analyzer).withWeightMatches(false)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(10_000);
        return new Highlighting(builder, stored).highlightFields(FIELDS, query, docs, PASSAGES);
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return IndexSchema.TITLE.equals(field) ? new WholeBreakIterator()
                : BreakIterator.getSentenceInstance(java.util.Locale.ROOT);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document document = stored.get(doc);
            CharSequence[] texts = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String text = document == null ? null : document.get(fields[i]);
                texts[i] = text == null ? "" : text;
            }
            values.add(texts);
        }
        return values;
    }

}
