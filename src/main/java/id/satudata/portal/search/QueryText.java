package id.satudata.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a visitor typed into a query. The simple syntax ("phrase", -not, a|b,
 * prefix*) is understood; anything else is taken as words, so no input is ever an error.
 * Words must all match (in any of the weighted fields); an empty text matches everything;
 * text with no searchable word matches nothing. A word of {@value #FUZZY_FROM_LETTERS} or
 * more letters also matches title words one edit away (a typo), weighted far below the
 * word itself, so exact matches rank first; shorter words are exact only.
 */
final class QueryText {

    static final int MAX_CHARS = 300;

    private static final int MAX_WORDS = 12;

    static final int FUZZY_FROM_LETTERS = 5;

    /** The weight of a word's one-edit variants against the word itself. */
    private static final float FUZZY_WEIGHT = 0.1f;

    /** Variants share the first letter: fewer terms to visit, and typos rarely hit it. */
    private static final int FUZZY_PREFIX = 1;

    /** Most variants of one word (the closest, then most frequent, are kept). */
    private static final int FUZZY_EXPANSIONS = 16;

    private final Analyzer analyzer;

    QueryText(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query parse(String text) {
        String clean = clean(text);
        if (clean.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new TypoTolerantParser(analyzer);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query;
        try {
            query = parser.parse(clean);
        }
        catch (RuntimeException unparsable) {
            query = parser.parse(clean.replaceAll("[^\\p{L}\\p{N}\\s]", " "));
        }
        return query == null ? new MatchNoDocsQuery("no searchable word") : query;
    }

    /** The typed words as title words are indexed (lower case, no accents). */
    List<String> titleWords(String text) {
        return terms(IndexSchema.TITLE_WORDS, clean(text));
    }

    /**
     * The simple syntax, each plain word of five letters or more also matching the title
     * words one edit away. Titles keep whole words ({@code title_words}): the stemmed
     * fields would not do, as a typo changes what the stemmer cuts off ("sekolah" is
     * indexed as "seko", "sekolsh" stays whole).
     */
    private final class TypoTolerantParser extends SimpleQueryParser {

        TypoTolerantParser(Analyzer analyzer) {
            super(analyzer, IndexSchema.WEIGHTS);
        }

        @Override
        protected Query newDefaultQuery(String word) {
            Query exact = super.newDefaultQuery(word);
            List<String> forms = terms(IndexSchema.TITLE_WORDS, word);
            // a word that is no single term (a-b, 2020an), or a short one (one edit on
            // "guru" is another word) stays exact
            if (exact == null || forms.size() != 1
                    || forms.getFirst().codePoints().filter(Character::isLetter).count() < FUZZY_FROM_LETTERS) {
                return exact;
            }
            Query variants = new FuzzyQuery(new Term(IndexSchema.TITLE_WORDS, forms.getFirst()), 1, FUZZY_PREFIX,
                    FUZZY_EXPANSIONS, true);
            return new BooleanQuery.Builder().add(exact, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(variants, IndexSchema.WEIGHTS.get(IndexSchema.TITLE) * FUZZY_WEIGHT),
                        BooleanClause.Occur.SHOULD)
                .build();
        }

    }

    private static String clean(String text) {
        String clean = text.strip();
        return clean.length() > MAX_CHARS ? clean.substring(0, MAX_CHARS) : clean;
    }

    private List<String> terms(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString());
            }
            stream.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

}
