package id.satudata.portal.search;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of a dataset's document and their analysis. Text fields use Lucene's
 * {@link IndonesianAnalyzer} (Indonesian stop words, stemming of prefixes and suffixes);
 * {@code title_words} keeps whole lower-case words for prefix autocomplete and typo
 * tolerance.
 */
final class IndexSchema {

    /**
     * Raised when documents or index settings change: an index written with another
     * version is rebuilt from the database when the portal starts.
     */
    static final String VERSION = "3";

    static final String ID = "id";

    static final String VISIBILITY = "visibility";

    static final String OPD_ID = "opd_id";

    static final String TITLE = "title";

    static final String DESCRIPTION = "description";

    static final String TAGS = "tags";

    static final String KEYWORDS = "keywords";

    static final String TOPIC = "topic";

    static final String ORGANISATION = "organisation";

    static final String TITLE_WORDS = "title_words";

    static final String TITLE_SORT = "title_sort";

    static final String DATE = "date";

    static final String FINGERPRINT = "fingerprint";

    /** The dataset id as a doc value, read with the fingerprints when an index opens. */
    static final String ID_VALUE = "id_value";

    /** What a hit shows ({@link HitCard}), as a binary doc value. */
    static final String CARD = "card";

    /** Fields of the free-text query and their weights. */
    static final Map<String, Float> WEIGHTS = Map.of(TITLE, 4f, TAGS, 2.5f, KEYWORDS, 2f, TOPIC, 2f, ORGANISATION, 1.5f,
            DESCRIPTION, 1f);

    /**
     * Documents are kept newest first, so the newest datasets (the default order of an
     * empty search) are found without visiting the others, and lie side by side.
     */
    static final Sort INDEX_ORDER = new Sort(new SortField(DATE, SortField.Type.LONG, true));

    private IndexSchema() {
    }

    static Analyzer analyzer() {
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
        return new PerFieldAnalyzerWrapper(new IndonesianAnalyzer(), Map.of(TITLE_WORDS, words));
    }

    static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Facet.TAG.dimension(), true);
        config.setMultiValued(Facet.FORMAT.dimension(), true);
        config.setMultiValued(Facet.YEAR.dimension(), true);
        return config;
    }

    static Document document(DatasetDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_VALUE, d.id()));
        doc.add(new StringField(VISIBILITY, d.visibility(), Field.Store.NO));
        doc.add(new StringField(OPD_ID, Long.toString(d.opdId()), Field.Store.NO));
        doc.add(new TextField(TITLE, d.title(), Field.Store.NO));
        doc.add(new TextField(DESCRIPTION, d.description(), Field.Store.NO));
        doc.add(new TextField(TITLE_WORDS, d.title(), Field.Store.NO));
        doc.add(new TextField(ORGANISATION, d.opdName() + " " + d.opdCode(), Field.Store.NO));
        d.tags().forEach(tag -> doc.add(new TextField(TAGS, tag.replace('-', ' '), Field.Store.NO)));
        d.keywords().forEach(word -> doc.add(new TextField(KEYWORDS, word, Field.Store.NO)));
        if (d.topicNames() != null) {
            doc.add(new TextField(TOPIC, d.topicNames(), Field.Store.NO));
        }
        String sortable = d.title().toLowerCase(Locale.ROOT);
        doc.add(new SortedDocValuesField(TITLE_SORT,
                new BytesRef(sortable.length() > 200 ? sortable.substring(0, 200) : sortable)));
        doc.add(new NumericDocValuesField(DATE, d.date().toInstant().toEpochMilli()));
        // doc values, not stored fields: reading a million of them when the index opens
        // takes a sequential scan instead of decompressing every stored block
        doc.add(new BinaryDocValuesField(FINGERPRINT, new BytesRef(d.fingerprint())));
        doc.add(new BinaryDocValuesField(CARD,
                new HitCard(d.id(), d.slug(), d.title(), d.description(), d.opdCode(), d.opdName(), d.topicCode(),
                        d.releasedAt() == null ? null : d.releasedAt().toInstant().toEpochMilli())
                    .bytes()));
        facetFields(doc, d);
        return doc;
    }

    private static void facetFields(Document doc, DatasetDocument d) {
        doc.add(new SortedSetDocValuesFacetField(Facet.ORGANISATION.dimension(), d.opdCode()));
        if (d.topicCode() != null) {
            doc.add(new SortedSetDocValuesFacetField(Facet.TOPIC.dimension(), d.topicCode()));
        }
        d.tags().forEach(tag -> doc.add(new SortedSetDocValuesFacetField(Facet.TAG.dimension(), tag)));
        d.formats().forEach(f -> doc.add(new SortedSetDocValuesFacetField(Facet.FORMAT.dimension(), f)));
        d.years()
            .forEach(year -> doc.add(new SortedSetDocValuesFacetField(Facet.YEAR.dimension(), Integer.toString(year))));
    }

}
