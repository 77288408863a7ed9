package id.satudata.portal.region.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.base.chart.EChart;
import id.satudata.portal.region.Choropleth;
import id.satudata.portal.region.ChoroplethOptions;
import id.satudata.portal.region.RegionBars;
import id.satudata.portal.region.RegionChart;
import id.satudata.portal.region.RegionMap;
import id.satudata.portal.region.UnmatchedValue;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Shows a {@link Choropleth}: the map drawn by ECharts from the needed boundaries only,
 * or the bar chart when the level has none, with a visible note naming the values whose
 * code matched no shape and one saying where the boundaries come from (or, without any,
 * how an administrator uploads them).
 */
public class ChoroplethView extends Div {

    /** How many unmatched codes the note names before it says "…". */
    private static final int SHOWN = 10;

    private final Component chart;

    /**
     * A dataset drawn by region, with a note saying how many of its rows have a code no
     * shape shows and which codes those are.
     */
    public ChoroplethView(RegionChart regionChart, ChartRenderer renderer) {
        this(regionChart.choropleth(), renderer, regionChart);
    }

    /** A choropleth of values (no row counts), such as the administrator's preview. */
    public ChoroplethView(Choropleth choropleth, ChartRenderer renderer) {
        this(choropleth, renderer, null);
    }

    private ChoroplethView(Choropleth choropleth, ChartRenderer renderer, @Nullable RegionChart rows) {
        addClassName("choropleth");
        setWidthFull();
        chart = switch (choropleth) {
            case RegionMap map -> mapChart(map);
            case RegionBars bars -> renderer.render(bars.chart());
        };
        add(chart);
        if (choropleth instanceof RegionMap map) {
            // where the shapes come from (the demo's own are named "skematis")
            add(note("choropleth-source", getTranslation("region.choropleth.source", map.boundaries().fileName(),
                    map.boundaries().uploadedBy())));
        }
        if (choropleth instanceof RegionBars) {
            add(note("choropleth-fallback", getTranslation("region.choropleth.noBoundaries",
                    getTranslation("region.level." + choropleth.spec().level().name()))));
        }
        if (!choropleth.unmatched().isEmpty()) {
            add(note("choropleth-unmatched",
                    rows == null
                            ? getTranslation("region.choropleth.unmatchedValues", choropleth.unmatched().size(),
                                    describe(choropleth.unmatched(), null))
                            : getTranslation("region.choropleth.unmatched", rows.unmatchedRows(), rows.rows(),
                                    describe(choropleth.unmatched(), rows))));
        }
    }

    /** The map or bar chart component. */
    public Component getChart() {
        return chart;
    }

    private EChart mapChart(RegionMap map) {
        EChart echart = new EChart();
        echart.setHeight("440px");
        echart.addClassName("choropleth-map");
        // the boundaries go first so the map is registered before the option names it
        echart.getElement().setProperty("mapName", map.mapName());
        echart.getElement().setProperty("geoJson", map.geoJson());
        String label = getTranslation("region.choropleth.label", map.spec().title(), map.areas().size(),
                map.areasWithValues());
        echart.setOption(ChoroplethOptions.toJson(map, getLocale(), getTranslation("region.choropleth.noData")), label,
                map.spec().unit());
        return echart;
    }

    private String describe(List<UnmatchedValue> unmatched, @Nullable RegionChart rows) {
        StringJoiner codes = new StringJoiner(", ");
        unmatched.stream().limit(SHOWN).forEach(u -> {
            String reason = getTranslation("region.unmatched." + u.reason().name());
            String code = u.code().isEmpty() ? getTranslation("region.choropleth.noCode") : u.code();
            codes.add(code + " (" + (rows == null ? reason
                    : getTranslation("region.choropleth.unmatchedCode", reason, rows.rowsOf(u))) + ")");
        });
        return unmatched.size() > SHOWN ? codes + ", …" : codes.toString();
    }

    private static Paragraph note(String className, String text) {
        Paragraph note = new Paragraph(text);
        note.addClassNames(className, "text-s", "text-secondary", "m-0");
        return note;
    }

}
