package id.satudata.portal.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeStandardTest {

    @Test
    void parsesTheNotationsOfTheSops() {
        assertThat(TimeStandard.parse("15 menit")).isEqualTo(new TimeStandard(15, 15, DurationUnit.MINUTE));
        assertThat(TimeStandard.parse("1 Jam")).isEqualTo(new TimeStandard(1, 1, DurationUnit.HOUR));
        assertThat(TimeStandard.parse("1-3 hari")).isEqualTo(new TimeStandard(1, 3, DurationUnit.DAY));
        assertThat(TimeStandard.parse("1 minggu")).isEqualTo(new TimeStandard(1, 1, DurationUnit.WEEK));
        assertThat(TimeStandard.parse("1 bulan")).isEqualTo(new TimeStandard(1, 1, DurationUnit.MONTH));
    }

    @Test
    void writesTheSameNotationBack() {
        assertThat(new TimeStandard(1, 2, DurationUnit.DAY).toIndonesian()).isEqualTo("1-2 hari");
        assertThat(new TimeStandard(15, 15, DurationUnit.MINUTE).toIndonesian()).isEqualTo("15 menit");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> TimeStandard.parse("segera")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeStandard.parse("2 tahun")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeStandard(3, 1, DurationUnit.DAY)).isInstanceOf(IllegalArgumentException.class);
    }

}
