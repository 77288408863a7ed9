package id.satudata.portal.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NiceScaleTest {

    @Test
    void countsUpTo87GetTicksOfTwentyFromZero() {
        NiceScale scale = NiceScale.of(3, 87, 5, true);
        assertThat(scale.ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
        assertThat(scale.decimals()).isZero();
    }

    @Test
    void negativeValuesKeepZeroInsideTheScale() {
        NiceScale scale = NiceScale.of(-3, 7, 5, false);
        assertThat(scale.min()).isEqualTo(-4);
        assertThat(scale.max()).isEqualTo(8);
        assertThat(scale.step()).isEqualTo(2);
    }

    @Test
    void smallFractionsGetExactDecimalTicks() {
        NiceScale scale = NiceScale.of(0, 0.37, 5, false);
        assertThat(scale.ticks()).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4);
        assertThat(scale.decimals()).isEqualTo(1);
    }

    @Test
    void wholeNumbersNeverGetFractionalSteps() {
        NiceScale scale = NiceScale.of(0, 3, 10, true);
        assertThat(scale.step()).isEqualTo(1);
        assertThat(scale.ticks()).containsExactly(0.0, 1.0, 2.0, 3.0);
    }

    @Test
    void allZeroValuesStillGetAnAxis() {
        NiceScale scale = NiceScale.of(0, 0, 5, true);
        assertThat(scale.min()).isZero();
        assertThat(scale.max()).isEqualTo(1);
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(NiceScale.niceStep(0.074)).isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(NiceScale.niceStep(13)).isEqualTo(20);
        assertThat(NiceScale.niceStep(2)).isEqualTo(2);
        assertThat(NiceScale.niceStep(3_400_000)).isEqualTo(5_000_000);
    }

    @Test
    void fractionPlacesValuesBetweenTheBounds() {
        NiceScale scale = NiceScale.of(0, 100, 5, true);
        assertThat(scale.fraction(0)).isZero();
        assertThat(scale.fraction(50)).isEqualTo(0.5);
        assertThat(scale.fraction(100)).isEqualTo(1);
    }

}
