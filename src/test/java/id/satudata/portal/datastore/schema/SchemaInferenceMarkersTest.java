package id.satudata.portal.datastore.schema;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.ingest.InvisibleCharacters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inference proposes the missing-value markers a sample uses and types columns without
 * them.
 */
class SchemaInferenceMarkersTest {

    @Test
    void markersOfASampleAreProposedAndItsNumericColumnsStayNumeric() {
        TableSchema schema = SchemaInference.infer(List.of(new String[] { "kecamatan", "jumlah", "luas" },
                new String[] { "Balikpapan Kota", "***", "1,5" }, new String[] { "Balikpapan Barat", "1200", "x" },
                new String[] { "Balikpapan Utara", "1300", "2,5" }, new String[] { "Balikpapan Timur", "---", "3,5" },
                new String[] { "Balikpapan Selatan", "1400", "4,5" },
                new String[] { "Balikpapan Tengah", "1500", "5,5" }));

        assertThat(schema.field("jumlah").orElseThrow().type()).isEqualTo(FieldType.INTEGER);
        assertThat(schema.field("luas").orElseThrow().type()).isEqualTo(FieldType.NUMBER);
        assertThat(schema.missingValues()).containsAll(TableSchema.DEFAULT_MISSING_VALUES).contains("***", "x");
        assertThat(schema.field("kecamatan").orElseThrow().type()).isEqualTo(FieldType.STRING);
    }

    @Test
    void aTextColumnGivesNoMarkers() {
        assertThat(SchemaInference.markersIn(List.of("Paser", "Berau", "x", "Kutai Barat"))).isEmpty();
    }

    @Test
    void invisibleCharactersAreRemovedAndNoBreakSpacesBecomePlainOnes() {
        assertThat(InvisibleCharacters.clean("\ufeff6401")).isEqualTo("6401");
        assertThat(InvisibleCharacters.clean("\u00a06402\u200b")).isEqualTo("6402");
        assertThat(InvisibleCharacters.clean("Kutai\u00a0Barat")).isEqualTo("Kutai Barat");
        String plain = "Paser";
        assertThat(InvisibleCharacters.clean(plain)).isSameAs(plain);
    }

}
