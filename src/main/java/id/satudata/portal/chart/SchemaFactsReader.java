package id.satudata.portal.chart;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.DistinctValue;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.region.BoundarySet;
import id.satudata.portal.region.BoundaryService;
import id.satudata.portal.region.RegionCharts;
import id.satudata.portal.region.RegionColumn;
import id.satudata.portal.region.RegionService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Learns a dataset's {@link SchemaFacts} from its data (region-code column, latest
 * period, category sizes) with a few distinct-value queries, answered from the rollups;
 * kept per data version and current boundary sets, so a new load, schema or boundary
 * upload asks again.
 */
@Component
public class SchemaFactsReader {

    /**
     * A column is read as region codes when this share of its values are known regions.
     */
    static final double REGION_COVERAGE = 0.6;

    /**
     * A map of fewer regions says nothing (a provincial file holding one province code);
     * counted among the regions the map can show (with a shape, see
     * {@link RegionCharts#regionsShown}), not among the regions the table knows.
     */
    static final int MIN_REGIONS = 2;

    private static final int SAMPLE = 500;

    private static final int MAX_CACHED = 2_000;

    /**
     * The current boundary sets are part of the key: an upload can make a map
     * (im)possible.
     */
    private record Key(long datasetId, int schemaVersion, long dataVersion, List<Long> boundarySets) {
    }

    private final DatasetQueryService queries;

    private final RegionService regions;

    private final RegionCharts regionCharts;

    private final BoundaryService boundaries;

    private final Map<Key, SchemaFacts> cache = new ConcurrentHashMap<>();

    SchemaFactsReader(DatasetQueryService queries, RegionService regions, RegionCharts regionCharts,
            BoundaryService boundaries) {
        this.queries = queries;
        this.regions = regions;
        this.regionCharts = regionCharts;
        this.boundaries = boundaries;
    }

    /** The facts of a dataset the caller may see (checked by the query service). */
    SchemaFacts facts(Dataset dataset) {
        Key key = new Key(dataset.id(), dataset.schemaVersion(), dataset.dataVersion(),
                boundaries.currentSets().stream().map(BoundarySet::id).toList());
        SchemaFacts known = cache.get(key);
        if (known != null) {
            return known;
        }
        SchemaFacts facts = read(dataset);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, facts);
        return facts;
    }

    /** Forgets every dataset's facts, as a restart does (benchmarks of a first visit). */
    public void forget() {
        cache.clear();
    }

    private SchemaFacts read(Dataset dataset) {
        if (dataset.schema().isEmpty() || dataset.rowCount() == 0) {
            return SchemaFacts.of(dataset.schema());
        }
        String regionField = null;
        RegionColumn region = null;
        String latest = null;
        Map<String, Integer> sizes = new HashMap<>();
        for (SchemaField field : dataset.schema().dimensions()) {
            if (ChartChoice.isTime(field)) {
                if (latest == null) {
                    latest = latest(values(dataset, field, SAMPLE));
                }
                continue;
            }
            if (regionField == null && mayHoldCodes(field)) {
                Optional<RegionColumn> detected = regionColumn(values(dataset, field, SAMPLE));
                if (detected.isPresent()) {
                    regionField = field.name();
                    region = detected.get();
                    continue;
                }
            }
            if (field.type() == FieldType.STRING || field.type() == FieldType.BOOLEAN) {
                sizes.put(field.name(), values(dataset, field, 51).size());
            }
        }
        return new SchemaFacts(dataset.schema(), regionField, region, latest, sizes);
    }

    /**
     * What a column holds when it is mostly codes of known regions and at least
     * {@link #MIN_REGIONS} of them can be shown on its map.
     */
    private Optional<RegionColumn> regionColumn(List<String> values) {
        return regions.detect(values)
            .filter(column -> column.coverage() >= REGION_COVERAGE && column.resolved() >= MIN_REGIONS)
            .filter(column -> regionCharts.regionsShown(column, values) >= MIN_REGIONS);
    }

    private List<String> values(Dataset dataset, SchemaField field, int limit) {
        return queries.distinct(dataset.id(), field.name(), List.of(), limit)
            .stream()
            .map(DistinctValue::value)
            .filter(Objects::nonNull)
            .toList();
    }

    private static boolean mayHoldCodes(SchemaField field) {
        return (field.type() == FieldType.STRING || field.type() == FieldType.INTEGER)
                && field.name().matches(".*(kode|code|bps|kemendagri|wilayah|kab|kec|desa|prov).*");
    }

    private static @Nullable String latest(List<String> values) {
        return values.stream().max(SchemaFactsReader::compare).orElse(null);
    }

    private static int compare(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        }
        catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

}
