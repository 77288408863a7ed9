package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What Lucene's Indonesian analyzer really does to the words of dataset titles. */
class IndonesianAnalysisTest {

    private final Analyzer analyzer = IndexSchema.analyzer();

    @Test
    void derivedWordsShareTheirRootSoKesehatanMatchesSehat() throws IOException {
        assertThat(tokens(IndexSchema.TITLE, "kesehatan")).containsExactly("sehat");
        assertThat(tokens(IndexSchema.TITLE, "pendidikan")).containsExactly("didik");
        assertThat(tokens(IndexSchema.TITLE, "pertanian")).isEqualTo(tokens(IndexSchema.TITLE, "tani"));
        assertThat(tokens(IndexSchema.TITLE, "perikanan")).isEqualTo(tokens(IndexSchema.TITLE, "ikan"));
        assertThat(tokens(IndexSchema.TITLE, "kebencanaan")).isEqualTo(tokens(IndexSchema.TITLE, "bencana"));
        assertThat(tokens(IndexSchema.TITLE, "perhubungan")).isEqualTo(tokens(IndexSchema.TITLE, "hubungan"));
    }

    @Test
    void stopWordsAreDroppedAndTextIsLowerCased() throws IOException {
        assertThat(tokens(IndexSchema.TITLE, "Jumlah Penduduk yang Miskin")).containsExactly("jumlah", "duduk",
                "miskin");
        assertThat(tokens(IndexSchema.TITLE, "kabupaten/kota")).containsExactly("kabupaten", "kota");
    }

    @Test
    void theAlgorithmicStemmerHasKnownMisses() throws IOException {
        // The stemmer strips the particle -lah from "sekolah" and leaves "nduduk" for
        // "kependudukan": such words match their own forms only (the topic name helps).
        assertThat(tokens(IndexSchema.TITLE, "sekolah")).containsExactly("seko");
        assertThat(tokens(IndexSchema.TITLE, "persekolahan")).containsExactly("sekolah");
        assertThat(tokens(IndexSchema.TITLE, "kependudukan")).isNotEqualTo(tokens(IndexSchema.TITLE, "penduduk"));
    }

    @Test
    void autocompleteKeepsWholeWords() throws IOException {
        assertThat(tokens(IndexSchema.TITLE_WORDS, "Jumlah Penduduk yang Miskin")).containsExactly("jumlah", "penduduk",
                "yang", "miskin");
    }

    List<String> tokens(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

}
