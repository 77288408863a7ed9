package id.satudata.portal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The code forms real data has, read in a chosen code system, never by name. */
class RegionCodesTest {

    private static String bps(Object raw) {
        return RegionCodes.parse(raw, CodeSystem.BPS).map(RegionCode::value).orElse(null);
    }

    private static String kemendagri(Object raw) {
        return RegionCodes.parse(raw, CodeSystem.KEMENDAGRI).map(RegionCode::value).orElse(null);
    }

    @Test
    void plainBpsCodesOfEveryLevelAreRead() {
        assertThat(RegionCodes.parse("64", CodeSystem.BPS))
            .hasValue(new RegionCode(CodeSystem.BPS, RegionLevel.PROVINSI, "64"));
        assertThat(RegionCodes.parse("6403", CodeSystem.BPS).orElseThrow().level()).isEqualTo(RegionLevel.KABKOTA);
        assertThat(RegionCodes.parse("3201190", CodeSystem.BPS).orElseThrow().level()).isEqualTo(RegionLevel.KECAMATAN);
        assertThat(RegionCodes.parse("3201190006", CodeSystem.BPS).orElseThrow().level()).isEqualTo(RegionLevel.DESA);
    }

    @Test
    void spreadsheetFloatsAsTheIdmFileWritesThemAreCodes() {
        assertThat(bps("3201.0")).isEqualTo("3201");
        assertThat(bps("32.0")).isEqualTo("32");
        assertThat(bps("3201190.0")).isEqualTo("3201190");
        assertThat(bps("3201190006.0")).isEqualTo("3201190006");
        assertThat(bps("6403.00")).isEqualTo("6403");
    }

    @Test
    void numbersOfAnyJavaTypeAreCodes() {
        assertThat(bps(6403)).isEqualTo("6403");
        assertThat(bps(6403L)).isEqualTo("6403");
        assertThat(bps(6403.0)).isEqualTo("6403");
        assertThat(bps(3201190006.0)).isEqualTo("3201190006");
        assertThat(bps(new BigDecimal("6403.000"))).isEqualTo("6403");
        assertThat(kemendagri(64.02)).isEqualTo("64.02");
    }

    @Test
    void scientificNotationFromSpreadsheetsIsACode() {
        assertThat(bps("3.201190006E9")).isEqualTo("3201190006");
        assertThat(bps("6.403e3")).isEqualTo("6403");
    }

    @Test
    void spacesQuotesAndTheSpreadsheetTextMarkerAreStripped() {
        assertThat(bps(" 6403 ")).isEqualTo("6403");
        assertThat(bps("\"6403\"")).isEqualTo("6403");
        assertThat(bps("'6403")).isEqualTo("6403");
        assertThat(bps("\u00a06403\t")).isEqualTo("6403");
        assertThat(kemendagri(" '64.02' ")).isEqualTo("64.02");
    }

    @Test
    void kemendagriCodesAreDottedAndUndottedOnesGetTheirDots() {
        assertThat(kemendagri("64.02")).isEqualTo("64.02");
        assertThat(kemendagri("35.03.11")).isEqualTo("35.03.11");
        assertThat(kemendagri("32.01.02.2001")).isEqualTo("32.01.02.2001");
        assertThat(kemendagri("6402")).isEqualTo("64.02");
        assertThat(kemendagri("350311")).isEqualTo("35.03.11");
        assertThat(kemendagri("6402.0")).isEqualTo("64.02");
        assertThat(RegionCodes.parse("35.03.11", CodeSystem.KEMENDAGRI).orElseThrow().level())
            .isEqualTo(RegionLevel.KECAMATAN);
    }

    @Test
    void aDottedKemendagriCodeIsNeverReadAsTheBpsCodeItsDigitsSpell() {
        // Kemendagri 64.02 is Kutai Kartanegara; BPS 6402 is Kutai Barat
        assertThat(bps("64.02")).isNull();
        assertThat(bps("35.03.11")).isNull();
    }

    @Test
    void namesBlanksAndMalformedValuesAreNoCodes() {
        assertThat(bps("Kutai Kartanegara")).isNull();
        assertThat(bps("KOTA BANDUNG")).isNull();
        assertThat(bps("-")).isNull();
        assertThat(bps("")).isNull();
        assertThat(bps("   ")).isNull();
        assertThat(bps(null)).isNull();
        assertThat(bps(Double.NaN)).isNull();
        assertThat(bps("640")).isNull();
        assertThat(bps("6403.5")).isNull();
        assertThat(kemendagri("64.2")).isNull();
        assertThat(kemendagri("640")).isNull();
        assertThat(kemendagri("64.02.1")).isNull();
    }

    @Test
    void aCodeKnowsItsParentByPrefix() {
        assertThat(RegionCodes.parse("6403011", CodeSystem.BPS).orElseThrow().parent().value()).isEqualTo("6403");
        assertThat(RegionCodes.parse("32.01.02.2001", CodeSystem.KEMENDAGRI).orElseThrow().parent().value())
            .isEqualTo("32.01.02");
        assertThat(RegionCodes.parse("6403", CodeSystem.BPS).orElseThrow().parent().value()).isEqualTo("64");
    }

}
