package id.satudata.portal.region;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Translates a {@link RegionMap} into an ECharts option: a {@code map} series matched to
 * the registered GeoJSON by its {@code kode} property ({@code nameProperty}), a
 * continuous {@code visualMap}, and per-area tooltips with the region's name and the
 * value formatted in the page language.
 */
public final class ChoroplethOptions {

    /** Border of the shapes; also how a browser test tells region shapes from others. */
    static final String BORDER_COLOR = "#5b6470";

    static final String NO_DATA_COLOR = "#dcdfe3";

    /** ColorBrewer YlGnBu, 5 classes: sequential and readable for colour-blind people. */
    private static final List<String> PALETTE = List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChoroplethOptions() {
    }

    public static String toJson(RegionMap map, Locale locale, String noDataLabel) {
        return JSON.writeValueAsString(toOption(map, locale, noDataLabel));
    }

    static ObjectNode toOption(RegionMap map, Locale locale, String noDataLabel) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title")
            .put("text", map.spec().title())
            .put("left", "center")
            .putObject("textStyle")
            .put("fontSize", 14);
        option.putObject("aria").put("enabled", true);
        option.put("animation", false);
        option.putObject("tooltip").put("trigger", "item");
        addVisualMap(option, map, numbers);
        ObjectNode series = option.putArray("series")
            .addObject()
            .put("type", "map")
            .put("name", map.spec().title())
            .put("map", map.mapName())
            .put("nameProperty", RegionMap.KEY_PROPERTY)
            .put("roam", false)
            .put("selectedMode", false)
            // no box (left/right/top/bottom): ECharts then keeps the shapes' aspect ratio
            // and
            // fits them centred in 80% of the chart; near the equator a degree of
            // longitude is as long as one of
            // latitude, so no horizontal squeeze (ECharts' default 0.75 suits mid
            // latitudes)
            .put("aspectScale", 1);
        series.putObject("label").put("show", false);
        series.putObject("itemStyle")
            .put("areaColor", NO_DATA_COLOR)
            .put("borderColor", BORDER_COLOR)
            .put("borderWidth", 0.8);
        ObjectNode emphasis = series.putObject("emphasis");
        emphasis.putObject("label").put("show", false);
        emphasis.putObject("itemStyle").put("areaColor", "#f6c85f");
        ArrayNode data = series.putArray("data");
        for (MapArea area : map.areas()) {
            ObjectNode item = data.addObject().put("name", area.key());
            if (area.value() != null) {
                item.put("value", area.value());
            }
            item.putObject("tooltip").put("formatter", tooltip(area, map.spec().unit(), numbers, noDataLabel));
        }
        return option;
    }

    private static void addVisualMap(ObjectNode option, RegionMap map, NumberFormat numbers) {
        double min = map.areas()
            .stream()
            .map(MapArea::value)
            .filter(Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .min()
            .orElse(0);
        double max = map.areas()
            .stream()
            .map(MapArea::value)
            .filter(Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(1);
        if (max <= min) {
            max = min + 1;
        }
        ObjectNode visualMap = option.putObject("visualMap")
            .put("type", "continuous")
            .put("show", map.areasWithValues() > 0)
            .put("min", min)
            .put("max", max)
            .put("calculable", false)
            .put("left", 8)
            .put("bottom", 8)
            .put("itemHeight", 120);
        visualMap.putArray("text").add(numbers.format(max)).add(numbers.format(min));
        ArrayNode colors = visualMap.putObject("inRange").putArray("color");
        PALETTE.forEach(colors::add);
    }

    /**
     * The tooltip of one area as HTML: its name and value. ECharts fills {a}, {b}, {c} in
     * the text, so braces from names are written as entities.
     */
    private static String tooltip(MapArea area, @Nullable String unit, NumberFormat numbers, String noDataLabel) {
        String value = area.value() == null ? noDataLabel
                : numbers.format(area.value()) + (unit == null || unit.isBlank() ? "" : " " + unit);
        return html(area.region().name()) + "<br/>" + html(value);
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;")
            .replace("{", "&#123;")
            .replace("}", "&#125;");
    }

}
