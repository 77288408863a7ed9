package id.satudata.portal.datastore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.schema.SchemaJson;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A load error keeps a stable code and its parameters beside the English reason. */
class LoadReportCodesTest {

    @Test
    void anErrorCarriesItsCodeItsParametersAndTheEnglishReason() {
        LoadReport report = new LoadReport();
        report.add(7, "jumlah", LoadProblem.WRONG_TYPE, ErrorReason.NOT_AN_INTEGER, "---");

        LoadReport.Error error = report.errors().get(0);
        assertThat(error.code()).isEqualTo(ErrorReason.NOT_AN_INTEGER);
        assertThat(error.params()).containsExactly("---");
        assertThat(error.reason()).isEqualTo("not an integer: ---");
    }

    @Test
    void theStoredReportKeepsTheCodeAndParametersForTheHistory() {
        LoadReport report = new LoadReport();
        report.add(3, "kode,tahun", LoadProblem.DUPLICATE_KEY, ErrorReason.KEY_TWICE_IN_LOAD, "6401, 2023");

        JsonNode json = SchemaJson.JSON.readTree(report.toJson().toString()).path("errors").get(0);
        assertThat(json.path("code").asString()).isEqualTo("KEY_TWICE_IN_LOAD");
        assertThat(json.path("reason").asString()).isEqualTo("key 6401, 2023 appears twice in this load");
        LoadReport.Error read = LoadReport.fromJson(report.toJson().toString()).errors().get(0);
        assertThat(read).isEqualTo(report.errors().get(0));
    }

    @Test
    void aReportStoredBeforeReasonsHadCodesStillReads() {
        LoadReport read = LoadReport.fromJson("""
                {"errorCount":1,"errors":[{"row":2,"column":"x","kind":"WRONG_TYPE","reason":"not a number: y"}]}
                """);

        assertThat(read.errors().get(0).code()).isNull();
        assertThat(read.errors().get(0).params()).isEmpty();
        assertThat(read.errors().get(0).reason()).isEqualTo("not a number: y");
    }

    @Test
    void everyReasonIsTranslatedInIndonesianAndEnglish() throws Exception {
        for (String bundle : List.of("i18n/datastore.properties", "i18n/datastore_en.properties")) {
            Properties texts = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (ErrorReason reason : ErrorReason.values()) {
                assertThat(texts.getProperty(reason.messageKey())).as(bundle + " " + reason).isNotBlank();
            }
        }
    }

    @Test
    void everyReasonHasAnEnglishTextWithItsParameters() {
        assertThat(ErrorReason.NO_HEADER.english(List.of("a, b")))
            .isEqualTo("no header row names the schema's columns a, b");
        assertThat(ErrorReason.INVALID_UTF8.english(List.of("0xC3", "17")))
            .isEqualTo("invalid UTF-8 byte 0xC3 at byte 17");
    }

}
