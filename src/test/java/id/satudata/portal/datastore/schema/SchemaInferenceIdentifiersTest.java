package id.satudata.portal.datastore.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How inference types identifiers and codes: numbers where they are numbers, text where a
 * code.
 */
class SchemaInferenceIdentifiersTest {

    private static SchemaField field(TableSchema schema, String name) {
        return schema.field(name).orElseThrow();
    }

    private static TableSchema infer(String... lines) {
        return SchemaInference.infer(Arrays.stream(lines).map(l -> l.split(",", -1)).toList());
    }

    @Test
    void aNumericIdIsAnIntegerDimensionAndTheKey() {
        TableSchema schema = infer("id,nama_taman,luas", "1,Taman Lansia,3500", "10,Taman Musik,1200.5",
                "100,Taman Film,800", "101,Taman Fotografi,650");

        assertThat(field(schema, "id").type()).isEqualTo(FieldType.INTEGER);
        assertThat(field(schema, "id").role()).isEqualTo(FieldRole.DIMENSION);
        assertThat(schema.primaryKey()).containsExactly("id");
        assertThat(field(schema, "luas").type()).isEqualTo(FieldType.NUMBER);
    }

    @Test
    void runningNumbersAndForeignIdsOfWholeNumbersAreIntegers() {
        TableSchema schema = infer("no,kecamatan_id,jumlah", "1,3273010,5", "2,3273020,7");

        assertThat(field(schema, "no").type()).isEqualTo(FieldType.INTEGER);
        assertThat(field(schema, "kecamatan_id").type()).isEqualTo(FieldType.INTEGER);
        assertThat(field(schema, "kecamatan_id").role()).isEqualTo(FieldRole.DIMENSION);
    }

    @Test
    void idsWithLeadingZerosStayText() {
        TableSchema schema = infer("id,nama", "001,Taman Lansia", "002,Taman Musik", "010,Taman Film");

        assertThat(field(schema, "id").type()).isEqualTo(FieldType.STRING);
    }

    @Test
    void dottedKemendagriCodesStayText() {
        TableSchema schema = infer("kode_kemendagri,id_wilayah,nama", "64.02,64.02,Kutai Kartanegara",
                "64.71,64.71,Balikpapan");

        assertThat(field(schema, "kode_kemendagri").type()).isEqualTo(FieldType.STRING);
        assertThat(field(schema, "id_wilayah").type()).isEqualTo(FieldType.STRING);
    }

    @Test
    void codesNamedAsCodesStayTextEvenAsWholeNumbers() {
        TableSchema schema = infer("kode_kabupaten_kota,kode_desa_id,tahun,jumlah", "6401,6401012001,2023,5",
                "6471,6471012002,2023,7");

        assertThat(field(schema, "kode_kabupaten_kota").type()).isEqualTo(FieldType.STRING);
        assertThat(field(schema, "kode_desa_id").type()).isEqualTo(FieldType.STRING);
        assertThat(field(schema, "tahun").type()).isEqualTo(FieldType.YEAR);
        assertThat(field(schema, "jumlah").type()).isEqualTo(FieldType.INTEGER);
        assertThat(field(schema, "jumlah").role()).isEqualTo(FieldRole.MEASURE);
    }

    @Test
    void aTextIdStaysText() {
        TableSchema schema = infer("id,nama", "A1,Satu", "B2,Dua");

        assertThat(field(schema, "id").type()).isEqualTo(FieldType.STRING);
        assertThat(List.of(schema.fields().get(0).name())).containsExactly("id");
    }

}
