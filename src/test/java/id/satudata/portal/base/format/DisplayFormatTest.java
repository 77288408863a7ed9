package id.satudata.portal.base.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

    private static final Locale ID = Locale.of("id");

    private static final Locale EN = Locale.ENGLISH;

    @Test
    void smallDecimalsAreWrittenOutWithTheLocalesDecimalMark() {
        assertThat(DisplayFormat.number(4.9E-5, ID)).isEqualTo("0,000049");
        assertThat(DisplayFormat.number(4.9E-5, EN)).isEqualTo("0.000049");
    }

    @Test
    void largeNumbersAreGroupedWithTheLocalesGroupingMark() {
        assertThat(DisplayFormat.number(7_000_000L, ID)).isEqualTo("7.000.000");
        assertThat(DisplayFormat.number(7_000_000L, EN)).isEqualTo("7,000,000");
        assertThat(DisplayFormat.number(3_000_000_000L, ID)).isEqualTo("3.000.000.000");
    }

    @Test
    void wholeNumbersStoredAsDoublesShowNoDecimals() {
        assertThat(DisplayFormat.number(7000000.0, ID)).isEqualTo("7.000.000");
        assertThat(DisplayFormat.number(10306.0, ID)).isEqualTo("10.306");
        assertThat(DisplayFormat.number(10306.0, EN)).isEqualTo("10,306");
        assertThat(DisplayFormat.number(0.0, ID)).isEqualTo("0");
        assertThat(DisplayFormat.number(-0.0, EN)).isEqualTo("0");
    }

    @Test
    void negativeNumbersKeepTheirSignAndMarks() {
        assertThat(DisplayFormat.number(-1234.5, ID)).isEqualTo("-1.234,5");
        assertThat(DisplayFormat.number(-1234.5, EN)).isEqualTo("-1,234.5");
        assertThat(DisplayFormat.number(-42L, ID)).isEqualTo("-42");
    }

    @Test
    void everySignificantDigitOfADecimalIsShown() {
        assertThat(DisplayFormat.number(123456.789012, ID)).isEqualTo("123.456,789012");
        assertThat(DisplayFormat.number(0.1 + 0.2, EN)).isEqualTo("0.30000000000000004");
        assertThat(DisplayFormat.number(1.5e15, EN)).isEqualTo("1,500,000,000,000,000");
    }

    @Test
    void onlyExtremeMagnitudesKeepAnExponent() {
        assertThat(DisplayFormat.number(1.5e-12, ID)).isEqualTo("1,5E-12");
        assertThat(DisplayFormat.number(2.5e20, EN)).isEqualTo("2.5E20");
    }

    @Test
    void fixedDecimalsArePadded() {
        assertThat(DisplayFormat.number(12.5, 2, ID)).isEqualTo("12,50");
        assertThat(DisplayFormat.number(1234, 1, EN)).isEqualTo("1,234.0");
    }

    @Test
    void timesAreShownInTheGivenZone() {
        OffsetDateTime utcMidnight = OffsetDateTime.of(2026, 1, 5, 0, 0, 0, 0, ZoneOffset.UTC);
        assertThat(DisplayFormat.dateTime(utcMidnight, ZoneId.of("Asia/Jakarta"), EN)).contains("7:00");
        assertThat(DisplayFormat.dateTime(utcMidnight, ZoneId.of("Asia/Jayapura"), EN)).contains("9:00");
        assertThat(DisplayFormat.dateTime(null, ZoneId.of("Asia/Jakarta"), EN)).isEmpty();
    }

}
