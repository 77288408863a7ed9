package id.satudata.portal.base.chart;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Translates the chart model into an ECharts option object: the one rule for the back
 * office ({@code <sd-echart>}) and the public pages (a plain script).
 */
public final class EChartsOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EChartsOptions() {
    }

    public static String toJson(ChartSpec spec) {
        return JSON.writeValueAsString(toOption(spec));
    }

    static ObjectNode toOption(ChartSpec spec) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title")
            .put("text", spec.title())
            .put("left", "center")
            .putObject("textStyle")
            .put("fontSize", 14);
        option.putObject("aria").put("enabled", true);
        option.put("animation", false);
        ObjectNode tooltip = option.putObject("tooltip");
        tooltip.put("trigger", spec.type() == ChartType.PIE ? "item" : "axis");
        if (spec.series().size() > 1 || spec.type() == ChartType.PIE) {
            option.putObject("legend").put("bottom", 0).put("type", "scroll");
        }
        if (spec.type() == ChartType.PIE) {
            addPie(option, spec);
        }
        else {
            addAxes(option, spec);
            addCartesianSeries(option, spec);
        }
        return option;
    }

    private static void addAxes(ObjectNode option, ChartSpec spec) {
        boolean horizontal = spec.type() == ChartType.BAR;
        option.putObject("grid")
            .put("containLabel", true)
            .put("left", 16)
            .put("right", 24)
            .put("top", 48)
            .put("bottom", spec.series().size() > 1 ? 40 : 16);
        ObjectNode categoryAxis = JSON.createObjectNode().put("type", "category");
        ArrayNode data = categoryAxis.putArray("data");
        spec.categories().forEach(data::add);
        if (horizontal) {
            categoryAxis.put("inverse", true);
        }
        else {
            categoryAxis.putObject("axisLabel").put("hideOverlap", true);
        }
        ObjectNode valueAxis = JSON.createObjectNode().put("type", "value");
        if (spec.unit() != null) {
            valueAxis.put("name", spec.unit());
        }
        option.set(horizontal ? "yAxis" : "xAxis", categoryAxis);
        option.set(horizontal ? "xAxis" : "yAxis", valueAxis);
    }

    private static void addCartesianSeries(ObjectNode option, ChartSpec spec) {
        ArrayNode series = option.putArray("series");
        for (ChartSeries s : spec.series()) {
            ObjectNode node = series.addObject().put("name", s.name());
            switch (spec.type()) {
                case BAR, COLUMN -> node.put("type", "bar");
                case LINE -> node.put("type", "line");
                case AREA -> {
                    node.put("type", "line");
                    node.putObject("areaStyle");
                }
                case PIE -> throw new IllegalStateException("pie handled separately");
            }
            addValues(node.putArray("data"), s.values());
        }
    }

    private static void addPie(ObjectNode option, ChartSpec spec) {
        ObjectNode pie = option.putArray("series").addObject().put("type", "pie").put("radius", "62%");
        pie.putArray("center").add("50%").add("52%");
        ChartSeries s = spec.series().getFirst();
        pie.put("name", s.name());
        ArrayNode data = pie.putArray("data");
        for (int i = 0; i < spec.categories().size(); i++) {
            ObjectNode slice = data.addObject().put("name", spec.categories().get(i));
            Double value = s.values().get(i);
            if (value == null) {
                slice.putNull("value");
            }
            else {
                slice.put("value", value);
            }
        }
    }

    private static void addValues(ArrayNode target, List<Double> values) {
        for (Double value : values) {
            if (value == null) {
                target.addNull();
            }
            else {
                target.add(value);
            }
        }
    }

}
