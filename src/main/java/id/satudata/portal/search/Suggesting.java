package id.satudata.portal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Titles for the search box on one point-in-time view of the index: every typed word but
 * the last whole, the last one as the start of a word, newest datasets first. The last
 * word stands for its {@value #COMPLETIONS} most frequent completions among the title
 * words, read from the term dictionary, so a one-letter start costs a few term lookups
 * and the newest {@code limit} titles end the search (the index is kept newest first),
 * however many datasets have a word starting with it.
 */
final class Suggesting {

    static final int COMPLETIONS = 16;

    private final IndexSearcher searcher;

    Suggesting(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The cards of up to {@code limit} titles having the words, in scope. */
    List<HitCard> titles(List<String> words, Query scope, int limit) throws IOException {
        List<String> completions = completions(words.getLast());
        if (completions.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder last = new BooleanQuery.Builder();
        completions.forEach(word -> last.add(titleWord(word), BooleanClause.Occur.SHOULD));
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(last.build(), BooleanClause.Occur.FILTER)
            .add(scope, BooleanClause.Occur.FILTER);
        words.subList(0, words.size() - 1).forEach(word -> query.add(titleWord(word), BooleanClause.Occur.FILTER));
        ScoreDoc[] docs = searcher.search(query.build(),
                new TopFieldCollectorManager(IndexSchema.INDEX_ORDER, limit, null, limit)).scoreDocs;
        return List.of(HitCard.read(searcher.getIndexReader(), Arrays.stream(docs).mapToInt(d -> d.doc).toArray()));
    }

    /** The title words starting with the prefix, most frequent first. */
    private List<String> completions(String prefix) throws IOException {
        BytesRef start = new BytesRef(prefix);
        Map<String, Integer> frequency = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(IndexSchema.TITLE_WORDS);
            if (terms == null) {
                continue;
            }
            TermsEnum words = terms.iterator();
            if (words.seekCeil(start) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef word = words.term(); word != null
                    && StringHelper.startsWith(word, start); word = words.next()) {
                frequency.merge(word.utf8ToString(), words.docFreq(), Integer::sum);
            }
        }
        return frequency.entrySet()
            .stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(COMPLETIONS)
            .map(Map.Entry::getKey)
            .toList();
    }

    private static Query titleWord(String word) {
        return new TermQuery(new Term(IndexSchema.TITLE_WORDS, word));
    }

}
