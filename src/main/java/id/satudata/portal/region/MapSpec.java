package id.satudata.portal.region;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a choropleth shows: a title, the region level and code system of the data, one
 * value per region code as found in the data (raw: {@code 6403}, {@code "64.02"},
 * {@code 6403.0}; a null value means no figure), and the unit of the values.
 */
public record MapSpec(String title, RegionLevel level, CodeSystem codeSystem, Map<String, @Nullable Double> values,
        @Nullable String unit) {

    public MapSpec {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

}
