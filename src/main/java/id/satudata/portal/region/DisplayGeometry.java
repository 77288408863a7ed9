package id.satudata.portal.region;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Prepares a checked geometry for the browser: coordinates rounded to what a map of the
 * whole set can show (about 1/4000 of its extent: 2 decimals for Indonesia, 3 for a
 * province, 4 for a regency), points that rounding made equal dropped, rings that
 * collapsed dropped. The uploaded document itself is stored unchanged.
 */
final class DisplayGeometry {

    private static final int MIN_DECIMALS = 2;

    private static final int MAX_DECIMALS = 6;

    private DisplayGeometry() {
    }

    /** Decimals to keep for a set whose positions span this many degrees. */
    static int decimalsFor(double spanDegrees) {
        if (!(spanDegrees > 0)) {
            return MAX_DECIMALS;
        }
        int decimals = (int) Math.ceil(-Math.log10(spanDegrees / 4000));
        return Math.max(MIN_DECIMALS, Math.min(MAX_DECIMALS, decimals));
    }

    /**
     * The geometry (Polygon or MultiPolygon) as GeoJSON text with rounded coordinates;
     * written as a MultiPolygon when it has several parts left.
     */
    static String toJson(String type, JsonNode coordinates, int decimals) {
        List<JsonNode> polygons = new ArrayList<>();
        if (type.equals("Polygon")) {
            polygons.add(coordinates);
        }
        else {
            coordinates.forEach(polygons::add);
        }
        double scale = Math.pow(10, decimals);
        List<String> kept = new ArrayList<>();
        for (JsonNode polygon : polygons) {
            String written = polygon(polygon, scale, decimals);
            if (written != null) {
                kept.add(written);
            }
        }
        if (kept.isEmpty()) {
            // everything collapsed (a speck at this scale): keep it at full precision
            return decimals >= MAX_DECIMALS ? emptyPolygon() : toJson(type, coordinates, MAX_DECIMALS);
        }
        if (kept.size() == 1) {
            return "{\"type\":\"Polygon\",\"coordinates\":" + kept.getFirst() + "}";
        }
        return "{\"type\":\"MultiPolygon\",\"coordinates\":[" + String.join(",", kept) + "]}";
    }

    /** A polygon's rings; null when its outer ring collapsed. Holes that collapse go. */
    private static @Nullable String polygon(JsonNode rings, double scale, int decimals) {
        List<String> written = new ArrayList<>();
        for (JsonNode ring : rings) {
            String text = ring(ring, scale, decimals);
            if (text == null && written.isEmpty()) {
                return null;
            }
            if (text != null) {
                written.add(text);
            }
        }
        return "[" + String.join(",", written) + "]";
    }

    private static @Nullable String ring(JsonNode ring, double scale, int decimals) {
        StringBuilder out = new StringBuilder("[");
        long lastLon = Long.MIN_VALUE;
        long lastLat = Long.MIN_VALUE;
        int points = 0;
        for (JsonNode position : ring) {
            long lon = Math.round(position.get(0).doubleValue() * scale);
            long lat = Math.round(position.get(1).doubleValue() * scale);
            if (lon == lastLon && lat == lastLat) {
                continue;
            }
            out.append(points == 0 ? "[" : ",[");
            appendFixed(out, lon, decimals).append(',');
            appendFixed(out, lat, decimals).append(']');
            lastLon = lon;
            lastLat = lat;
            points++;
        }
        return points < 4 ? null : out.append(']').toString();
    }

    /** Writes scaled/10^decimals without exponent or trailing zeros. */
    static StringBuilder appendFixed(StringBuilder out, long scaled, int decimals) {
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        long unit = (long) Math.pow(10, decimals);
        out.append(scaled / unit);
        long fraction = scaled % unit;
        if (fraction != 0) {
            String digits = Long.toString(fraction);
            out.append('.').append("0".repeat(decimals - digits.length()));
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append(digits, 0, end);
        }
        return out;
    }

    private static String emptyPolygon() {
        return "{\"type\":\"MultiPolygon\",\"coordinates\":[]}";
    }

}
