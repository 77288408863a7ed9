package id.satudata.portal.region;

import id.satudata.portal.base.error.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks an uploaded boundary file before anything is stored: it is JSON, a
 * FeatureCollection of Features, each with a Polygon or MultiPolygon geometry of valid
 * positions and the code property holding a code of the chosen system and level, no code
 * twice. Whether the codes are known regions is the service's check.
 */
final class BoundaryFile {

    /** How many offending features an error message names. */
    private static final int SHOWN = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    /** One checked feature: its number in the file (from 1), code and geometry. */
    record Feature(int number, String codeInFile, RegionCode code, String geometryType, JsonNode geometry) {
    }

    /** The checked features and the bounding box of all their positions. */
    record Parsed(List<Feature> features, double minLon, double minLat, double maxLon, double maxLat) {
    }

    private BoundaryFile() {
    }

    static Parsed parse(BoundaryUpload upload, long maxBytes) {
        if (!PROPERTY_NAME.matcher(upload.codeProperty()).matches()) {
            throw new ValidationException("codeProperty", "region.boundary.error.codeProperty");
        }
        if (upload.content().length == 0) {
            throw new ValidationException("file", "region.boundary.error.empty");
        }
        if (upload.content().length > maxBytes) {
            throw new ValidationException("file", "region.boundary.error.tooLarge",
                    Math.max(1, upload.content().length / 1_048_576), maxBytes / 1_048_576);
        }
        JsonNode root = readJson(upload.content());
        if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new ValidationException("file", "region.boundary.error.notFeatureCollection",
                    root.isObject() ? root.path("type").asString("–") : "–");
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            throw new ValidationException("file", "region.boundary.error.noFeatures");
        }
        Bounds bounds = new Bounds();
        checkGeometries(features, bounds);
        List<Feature> parsed = readCodes(features, upload);
        return new Parsed(parsed, bounds.minLon, bounds.minLat, bounds.maxLon, bounds.maxLat);
    }

    private static JsonNode readJson(byte[] content) {
        try {
            return JSON.readTree(content);
        }
        catch (JacksonException e) {
            throw new ValidationException("file", "region.boundary.error.notJson");
        }
    }

    private static void checkGeometries(JsonNode features, Bounds bounds) {
        Problems wrongType = new Problems();
        Problems badCoordinates = new Problems();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            JsonNode geometry = feature.path("geometry");
            String type = geometry.path("type").asString("");
            if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
                wrongType.add(i + 1, feature.isObject() ? feature.path("type").asString("–") : "–");
            }
            else if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                wrongType.add(i + 1, type.isEmpty() ? "–" : type);
            }
            else if (!validCoordinates(type, geometry.path("coordinates"), bounds)) {
                badCoordinates.add(i + 1, type);
            }
        }
        if (wrongType.count > 0) {
            throw new ValidationException("file", "region.boundary.error.geometryType", wrongType.count,
                    features.size(), wrongType.text());
        }
        if (badCoordinates.count > 0) {
            throw new ValidationException("file", "region.boundary.error.coordinates", badCoordinates.count,
                    features.size(), badCoordinates.text());
        }
    }

    private static List<Feature> readCodes(JsonNode features, BoundaryUpload upload) {
        Problems missing = new Problems();
        Problems invalid = new Problems();
        Problems duplicate = new Problems();
        Map<String, Integer> seen = new HashMap<>();
        List<Feature> parsed = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            Object raw = rawCode(feature.path("properties").path(upload.codeProperty()));
            String inFile = raw == null ? "" : RegionCodes.clean(raw).orElse("");
            if (inFile.isEmpty()) {
                missing.add(i + 1, null);
                continue;
            }
            RegionCode code = RegionCodes.parse(raw, upload.codeSystem()).orElse(null);
            if (code == null || code.level() != upload.level()) {
                invalid.add(i + 1, inFile);
                continue;
            }
            Integer first = seen.putIfAbsent(code.value(), i + 1);
            if (first != null) {
                duplicate.add(i + 1, code.value());
                continue;
            }
            JsonNode geometry = feature.path("geometry");
            parsed.add(new Feature(i + 1, inFile, code, geometry.path("type").asString(), geometry));
        }
        if (missing.count > 0) {
            throw new ValidationException("codeProperty", "region.boundary.error.missingCode", missing.count,
                    features.size(), upload.codeProperty(), missing.text());
        }
        if (invalid.count > 0) {
            throw new ValidationException("file", "region.boundary.error.invalidCode", invalid.count,
                    upload.codeSystem(), upload.level(), invalid.text());
        }
        if (duplicate.count > 0) {
            throw new ValidationException("file", "region.boundary.error.duplicateCodes", duplicate.count,
                    duplicate.text());
        }
        return parsed;
    }

    private static @Nullable Object rawCode(JsonNode value) {
        if (value.isString()) {
            return value.stringValue();
        }
        return value.isNumber() ? value.numberValue() : null;
    }

    private static boolean validCoordinates(String type, JsonNode coordinates, Bounds bounds) {
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            return false;
        }
        if (type.equals("Polygon")) {
            return validPolygon(coordinates, bounds);
        }
        for (JsonNode polygon : coordinates) {
            if (!polygon.isArray() || polygon.isEmpty() || !validPolygon(polygon, bounds)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validPolygon(JsonNode rings, Bounds bounds) {
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                return false;
            }
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    return false;
                }
                double lon = position.get(0).doubleValue();
                double lat = position.get(1).doubleValue();
                if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                    return false;
                }
                bounds.add(lon, lat);
            }
        }
        return true;
    }

    /** Offending features: how many, and the first few with what was wrong. */
    private static final class Problems {

        int count;

        private final StringJoiner shown = new StringJoiner(", ");

        void add(int number, @Nullable String detail) {
            if (count++ < SHOWN) {
                shown.add(detail == null ? "#" + number : "#" + number + " " + detail);
            }
        }

        String text() {
            return count > SHOWN ? shown + ", …" : shown.toString();
        }

    }

    private static final class Bounds {

        double minLon = Double.POSITIVE_INFINITY;

        double minLat = Double.POSITIVE_INFINITY;

        double maxLon = Double.NEGATIVE_INFINITY;

        double maxLat = Double.NEGATIVE_INFINITY;

        void add(double lon, double lat) {
            minLon = Math.min(minLon, lon);
            minLat = Math.min(minLat, lat);
            maxLon = Math.max(maxLon, lon);
            maxLat = Math.max(maxLat, lat);
        }

    }

}
