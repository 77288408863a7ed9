package id.satudata.portal.report.periodic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void aQuarterRunsFromItsFirstMonthForThreeMonths() {
        ReportPeriod q2 = ReportPeriod.quarter(2026, 2);
        assertThat(q2.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(q2.endExclusive()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q2.slug()).isEqualTo("2026-q2");
    }

    @Test
    void aMonthAndAYearHaveTheirOwnBounds() {
        assertThat(ReportPeriod.month(2026, 12).endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ReportPeriod.year(2025).firstDay()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(ReportPeriod.month(2026, 3).slug()).isEqualTo("2026-03");
    }

    @Test
    void aPeriodOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> ReportPeriod.quarter(2026, 5)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ReportPeriod.month(2026, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ReportPeriod.year(1999)).isInstanceOf(ValidationException.class);
    }

}
