package id.satudata.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.UpdateFrequency;
import id.satudata.portal.opd.Opd;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Timeliness against the declared update frequency, with the clock moved by the test. */
class TimelinessTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 6, 8, 0, 0, 0, ZoneOffset.ofHours(8));

    final StandingService standing = new StandingService(null, null, null,
            Clock.fixed(NOW.toInstant(), ZoneOffset.ofHours(8)));

    static DatasetSummary summary(UpdateFrequency frequency, @Nullable OffsetDateTime lastLoad) {
        return new DatasetSummary(1, UUID.randomUUID(), "d", "D", "", new Opd(1, "X", "X", "X"), null, List.of(),
                new Licence(Licence.DEFAULT, "CC BY 4.0", null, true), null, null, frequency, 1, false, 0, 0, NOW,
                lastLoad, NOW, NOW,
                new ResourceIds(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
    }

    @Test
    void aYearlyDatasetLoadedElevenMonthsAgoIsCurrent() {
        Timeliness t = standing.timeliness(summary(UpdateFrequency.YEARLY, NOW.minusMonths(11)));
        assertThat(t).isEqualTo(new Timeliness(Timeliness.State.CURRENT, 0));
    }

    @Test
    void aMonthlyDatasetLoadedThreeAndAHalfMonthsAgoIsThreeMonthsLate() {
        // due two and a half months ago: two whole months and a started third
        Timeliness t = standing.timeliness(summary(UpdateFrequency.MONTHLY, NOW.minusMonths(3).minusDays(15)));
        assertThat(t).isEqualTo(new Timeliness(Timeliness.State.LATE, 3));
    }

    @Test
    void oneDayPastDueIsOneMonthLate() {
        Timeliness t = standing.timeliness(summary(UpdateFrequency.YEARLY, NOW.minusYears(1).minusDays(1)));
        assertThat(t).isEqualTo(new Timeliness(Timeliness.State.LATE, 1));
    }

    @Test
    void neverLoadedAndIrregularDatasetsHaveNoDueDate() {
        assertThat(standing.timeliness(summary(UpdateFrequency.MONTHLY, null)).state())
            .isEqualTo(Timeliness.State.NO_DATA);
        assertThat(standing.timeliness(summary(UpdateFrequency.IRREGULAR, NOW.minusYears(5))).state())
            .isEqualTo(Timeliness.State.UNSCHEDULED);
    }

}
