package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class HighlightingTest {

    private final Analyzer analyzer = IndexSchema.analyzer();

    private final QueryText queries = new QueryText(analyzer);

    private Highlighting of(String typed) {
        return new Highlighting(queries.parse(typed), analyzer);
    }

    @Test
    void marksWordsWhoseStemTheQueryLooksForAndEscapesTheRest() {
        Highlighting marks = of("kesehatan");

        assertThat(marks.title("Fasilitas Kesehatan <Ibu> & Anak"))
            .isEqualTo("Fasilitas <mark>Kesehatan</mark> &lt;Ibu&gt; &amp; Anak");
        assertThat(marks.title("Jumlah Sekolah")).isNull();
        assertThat(marks.snippet("Data dinas. Tenaga kesehatan yang sehat."))
            .isEqualTo("Data dinas. Tenaga <mark>kesehatan</mark> yang <mark>sehat</mark>.");
    }

    @Test
    void choosesTheTwoSentencesWithMostMatchesOfALongDescriptionInTheirOrder() {
        String filler = "Tidak ada yang lain di sini, hanya kata pengisi yang panjang sekali. ".repeat(3);
        String text = "Padi sawah tahun ini. " + filler + "Produksi padi dan padi gogo. " + filler + "Padi lagi.";

        assertThat(of("padi").snippet(text))
            .isEqualTo("<mark>Padi</mark> sawah tahun ini. … Produksi <mark>padi</mark> dan <mark>padi</mark> gogo.");
    }

    @Test
    void cutsALongSentenceAroundItsFirstMatch() {
        String text = "kata ".repeat(100) + "banjir " + "lain ".repeat(100);

        String snippet = of("banjir").snippet(text);

        assertThat(snippet).startsWith("… kata").contains("<mark>banjir</mark>").endsWith(" …");
        assertThat(snippet.length()).isLessThan(300);
    }

    @Test
    void marksPrefixesAndPhrasesButNotExcludedWords() {
        assertThat(of("pad*").title("Produksi Padi")).isEqualTo("Produksi <mark>Padi</mark>");
        assertThat(of("\"angka partisipasi\"").title("Angka Partisipasi Murni"))
            .isEqualTo("<mark>Angka</mark> <mark>Partisipasi</mark> Murni");
        assertThat(of("guru -swasta").title("Guru Sekolah Swasta")).isEqualTo("<mark>Guru</mark> Sekolah Swasta");
    }

    @Test
    void aHitCardReadsBackWhatWasWritten() throws Exception {
        HitCard card = new HitCard(42, "ipm-2024", "Indeks Pembangunan Manusia", "Deskripsi — ünïcode ✓", "3.1",
                "Bappeda", null, 1_700_000_000_000L);

        assertThat(HitCard.of(card.bytes())).isEqualTo(card);
        HitCard unreleased = new HitCard(7, "s", "t", "", "c", "n", "kesehatan", null);
        assertThat(HitCard.of(unreleased.bytes())).isEqualTo(unreleased);
    }

}
