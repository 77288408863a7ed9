package id.satudata.portal.region;

import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds choropleths from values keyed by raw region codes: each code is read in the
 * spec's code system ({@link RegionCodes}), resolved through the region table and matched
 * to the level's current boundaries by region, never by name. Without boundaries for the
 * level the same values become a bar chart. Values that no shape shows are listed, never
 * dropped silently. Boundaries are public, so anyone may build a map.
 */
@Component
public class ChoroplethBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BoundaryRepository boundaries;

    private final RegionRepository regions;

    ChoroplethBuilder(BoundaryRepository boundaries, RegionRepository regions) {
        this.boundaries = boundaries;
        this.regions = regions;
    }

    private record Resolved(String code, @Nullable Double value, Region region) {
    }

    /** What the data's codes name: resolved values and values that name no region. */
    private record Resolution(List<Resolved> resolved, List<UnmatchedValue> unmatched, List<UnmatchedValue> unknown) {
    }

    @Transactional(readOnly = true)
    public Choropleth build(MapSpec spec) {
        Resolution resolution = resolve(spec);
        return boundaries.current(spec.level())
            .<Choropleth>map(set -> map(spec, set, resolution))
            .orElseGet(() -> bars(spec, resolution));
    }

    /**
     * How many distinct regions of these raw code values a chart of the level shows:
     * those with a shape in the level's current boundaries, or, when the level has none,
     * every known region (drawn as bars). A known region without a shape shows nothing on
     * a map.
     */
    @Transactional(readOnly = true)
    public int regionsShown(RegionLevel level, CodeSystem system, Collection<?> rawCodes) {
        Set<String> codes = rawCodes.stream()
            .map(raw -> RegionCodes.parse(raw, system).orElse(null))
            .filter(code -> code != null && code.level() == level)
            .map(code -> Objects.requireNonNull(code).value())
            .collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return 0;
        }
        Set<Long> known = regions.findByCodes(level, system, codes)
            .values()
            .stream()
            .map(Region::id)
            .collect(Collectors.toSet());
        return boundaries.current(level).map(set -> boundaries.countShapes(set.id(), known)).orElse(known.size());
    }

    /**
     * A choropleth of made-up values (1 to 100, in code order) for every region of the
     * level that lies where the current boundaries are, so an administrator sees the
     * shapes work and which known regions have none.
     */
    @Transactional(readOnly = true)
    public Choropleth preview(RegionLevel level, String title) {
        CodeSystem system = boundaries.current(level).map(BoundarySet::codeSystem).orElse(CodeSystem.KEMENDAGRI);
        Set<Long> parents = boundaries.current(level)
            .map(set -> boundaries.regionsOf(set.id()).stream().map(Region::parentId).collect(Collectors.toSet()))
            .orElse(Set.of());
        Map<String, @Nullable Double> values = new LinkedHashMap<>();
        List<Region> sample = regions.findInParents(level, parents.stream().filter(Objects::nonNull).toList());
        for (Region region : sample) {
            String code = region.code(system);
            if (code != null) {
                values.put(code, (double) (1 + (values.size() * 37) % 100));
            }
        }
        return build(new MapSpec(title, level, system, values, null));
    }

    private Resolution resolve(MapSpec spec) {
        List<UnmatchedValue> unknown = new ArrayList<>();
        Map<String, RegionCode> codes = new LinkedHashMap<>();
        spec.values().forEach((raw, value) -> {
            RegionCode code = RegionCodes.parse(raw, spec.codeSystem()).orElse(null);
            if (code == null) {
                unknown.add(new UnmatchedValue(raw, value, UnmatchedValue.Reason.NOT_A_CODE));
            }
            else if (code.level() != spec.level()) {
                unknown.add(new UnmatchedValue(raw, value, UnmatchedValue.Reason.OTHER_LEVEL));
            }
            else {
                codes.put(raw, code);
            }
        });
        Map<String, Region> known = codes.isEmpty() ? Map.of() : regions.findByCodes(spec.level(), spec.codeSystem(),
                codes.values().stream().map(RegionCode::value).collect(Collectors.toSet()));
        List<Resolved> resolved = new ArrayList<>();
        List<UnmatchedValue> duplicates = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        codes.forEach((raw, code) -> {
            Region region = known.get(code.value());
            Double value = spec.values().get(raw);
            if (region == null) {
                unknown.add(new UnmatchedValue(raw, value, UnmatchedValue.Reason.UNKNOWN_REGION));
            }
            else if (!seen.add(region.id())) {
                duplicates.add(new UnmatchedValue(raw, value, UnmatchedValue.Reason.DUPLICATE));
            }
            else {
                resolved.add(new Resolved(raw, value, region));
            }
        });
        List<UnmatchedValue> unmatched = new ArrayList<>(unknown);
        unmatched.addAll(duplicates);
        return new Resolution(resolved, inDataOrder(spec, unmatched), inDataOrder(spec, unknown));
    }

    private RegionMap map(MapSpec spec, BoundarySet set, Resolution resolution) {
        Map<Long, Region> shapes = boundaries.regionsOf(set.id())
            .stream()
            .collect(Collectors.toMap(Region::id, Function.identity()));
        List<UnmatchedValue> unmatched = new ArrayList<>(resolution.unmatched());
        Map<Long, @Nullable Double> values = new LinkedHashMap<>();
        for (Resolved r : resolution.resolved()) {
            if (shapes.containsKey(r.region().id())) {
                values.put(r.region().id(), r.value());
            }
            else {
                unmatched.add(new UnmatchedValue(r.code(), r.value(), UnmatchedValue.Reason.NO_SHAPE));
            }
        }
        Set<@Nullable Long> parents = values.keySet()
            .stream()
            .map(id -> shapes.get(id).parentId())
            .collect(HashSet::new, Set::add, Set::addAll);
        List<Long> needed = shapes.values()
            .stream()
            .filter(region -> values.isEmpty() || parents.contains(region.parentId()))
            .map(Region::id)
            .sorted()
            .toList();
        List<MapArea> areas = new ArrayList<>();
        StringBuilder geoJson = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (BoundaryRepository.FeatureRow feature : boundaries.features(set.id(), needed)) {
            String key = feature.region().codeOrOther(spec.codeSystem());
            areas.add(new MapArea(key, feature.region(), values.get(feature.region().id())));
            geoJson.append(areas.size() == 1 ? "" : ",")
                .append("{\"type\":\"Feature\",\"properties\":{\"")
                .append(RegionMap.KEY_PROPERTY)
                .append("\":")
                .append(JSON.writeValueAsString(key))
                .append("},\"geometry\":")
                .append(feature.displayGeometry())
                .append('}');
        }
        geoJson.append("]}");
        String mapName = "sd-" + spec.level().name().toLowerCase(java.util.Locale.ROOT) + "-" + set.id() + "-"
                + Integer.toHexString(needed.hashCode());
        return new RegionMap(spec, set, mapName, geoJson.toString(), areas, inDataOrder(spec, unmatched));
    }

    private static RegionBars bars(MapSpec spec, Resolution resolution) {
        Map<String, String> labels = new LinkedHashMap<>();
        resolution.resolved().forEach(r -> labels.put(r.code(), r.region().name()));
        resolution.unknown().forEach(u -> labels.put(u.code(), u.code()));
        List<String> categories = new ArrayList<>();
        List<@Nullable Double> values = new ArrayList<>();
        for (String code : spec.values().keySet()) {
            String label = labels.get(code);
            if (label != null) {
                categories.add(label);
                values.add(spec.values().get(code));
            }
        }
        ChartSpec chart = ChartSpec.of(ChartType.BAR, spec.title(), categories, spec.title(), values, spec.unit());
        return new RegionBars(spec, chart, resolution.unmatched());
    }

    private static List<UnmatchedValue> inDataOrder(MapSpec spec, List<UnmatchedValue> values) {
        Map<String, Integer> order = new java.util.HashMap<>();
        spec.values().keySet().forEach(code -> order.put(code, order.size()));
        return values.stream().sorted(java.util.Comparator.comparingInt(v -> order.get(v.code()))).toList();
    }

}
