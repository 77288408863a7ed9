package id.satudata.portal.base.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named row of values, one per category; a missing value is null. */
public record ChartSeries(String name, List<@Nullable Double> values) {

    public ChartSeries {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
