package id.satudata.portal.base.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with "nice" bounds and tick steps (1, 2 or 5 times a power of ten) that
 * always includes zero, as bar charts need a true baseline.
 */
record NiceScale(double min, double max, double step) {

    NiceScale {
        if (!(max > min) || !(step > 0)) {
            throw new IllegalArgumentException("Invalid scale " + min + ".." + max + " step " + step);
        }
    }

    /**
     * A scale covering the data and zero with about {@code targetTicks} intervals; counts
     * (whole numbers only) never get fractional steps.
     */
    static NiceScale of(double dataMin, double dataMax, int targetTicks, boolean wholeNumbers) {
        double low = Math.min(0, dataMin);
        double high = Math.max(0, dataMax);
        if (high == low) {
            high = low + 1;
        }
        double step = niceStep((high - low) / Math.max(1, targetTicks));
        if (wholeNumbers) {
            step = Math.max(1, step);
        }
        double min = Math.floor(low / step) * step;
        double max = Math.ceil(high / step) * step;
        return new NiceScale(clean(min, step), clean(max, step), step);
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice;
        if (fraction <= 1.0000001) {
            nice = 1;
        }
        else if (fraction <= 2.0000001) {
            nice = 2;
        }
        else if (fraction <= 5.0000001) {
            nice = 5;
        }
        else {
            nice = 10;
        }
        return nice * power;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(clean(min + i * step, step));
        }
        return ticks;
    }

    /** Digits after the decimal point that the tick labels need. */
    int decimals() {
        return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }

    /** Position of a value between 0 (min) and 1 (max). */
    double fraction(double value) {
        return (value - min) / (max - min);
    }

    /**
     * Removes floating-point noise (0.30000000000000004) at the precision of the step.
     */
    private static double clean(double value, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9)) + 2;
        return new BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

}
