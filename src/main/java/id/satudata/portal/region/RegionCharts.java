package id.satudata.portal.region;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point for dashboards that show data by region: figures grouped by a region
 * code column become a choropleth matched to the level's boundaries by code (never by
 * name), or a bar chart when the level has none, with the rows whose code no shape shows
 * counted. Region codes and boundaries are public reference data, so anyone may ask; the
 * caller has already checked that the figures may be seen.
 */
@Service
public class RegionCharts {

    private final ChoroplethBuilder builder;

    private final RegionService regions;

    RegionCharts(ChoroplethBuilder builder, RegionService regions) {
        this.builder = builder;
        this.regions = regions;
    }

    /**
     * Draws the figures. Each distinct code value must appear once (group by the raw
     * column); codes read in the given system, or in the one detected from the values.
     */
    @Transactional(readOnly = true)
    public RegionChart chart(RegionFigures figures) {
        Map<String, @Nullable Double> values = new LinkedHashMap<>();
        Map<String, Long> rows = new HashMap<>();
        long total = 0;
        for (RegionFigure figure : figures.figures()) {
            String key = figure.key();
            if (rows.containsKey(key)) {
                throw new IllegalArgumentException("More than one figure for region code '" + key + "'");
            }
            values.put(key, figure.value());
            rows.put(key, figure.rows());
            total += figure.rows();
        }
        CodeSystem system = Objects.requireNonNullElseGet(figures.codeSystem(), () -> detect(figures));
        Choropleth choropleth = builder
            .build(new MapSpec(figures.title(), figures.level(), system, values, figures.unit()));
        long unmatchedRows = choropleth.unmatched()
            .stream()
            .mapToLong(value -> rows.getOrDefault(value.code(), 0L))
            .sum();
        return new RegionChart(choropleth, system, total, unmatchedRows, rows);
    }

    /**
     * How many distinct regions of a column's code values its chart shows: with a shape
     * in the level's current boundaries, or every known one where the level has no
     * boundaries (bars). Known regions are not enough for a map: the region table may
     * hold regions (all of Jawa Barat) that the boundaries (Kalimantan Timur) do not.
     */
    @Transactional(readOnly = true)
    public int regionsShown(RegionColumn column, Collection<?> codes) {
        return builder.regionsShown(column.level(), column.system(), codes);
    }

    private CodeSystem detect(RegionFigures figures) {
        var codes = figures.figures().stream().map(RegionFigure::code).filter(Objects::nonNull).toList();
        return regions.detect(codes).map(RegionColumn::system).orElse(CodeSystem.BPS);
    }

}
