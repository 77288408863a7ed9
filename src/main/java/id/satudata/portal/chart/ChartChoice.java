package id.satudata.portal.chart;

import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses a dataset's charts from its schema when staff saved none: a measure over a year
 * or date dimension as a LINE; over a region-code dimension as a MAP (bars where no
 * boundaries exist) of the latest period; over a category dimension as BAR (top N), or a
 * PIE of shares when it has few values. Rates and percentages are averaged, amounts
 * summed; without a measure rows are counted.
 */
public final class ChartChoice {

    /** A category with at most this many values is shown as shares (pie). */
    static final int PIE_MAX = 6;

    /** At most this many automatic charts per dataset. */
    static final int MAX_CHARTS = 2;

    private static final Pattern RATE = Pattern
        .compile("persen|percent|rasio|ratio|indeks|index|laju|rate|rata|avg|prevalensi|angka|tingkat|ipm|%");

    private ChartChoice() {
    }

    /**
     * The automatic charts of a dataset, most telling first; empty without dimensions.
     */
    public static List<ChartDefinition> choose(SchemaFacts facts) {
        List<SchemaField> dimensions = facts.schema().dimensions();
        if (dimensions.isEmpty()) {
            return List.of();
        }
        SchemaField measure = facts.schema()
            .measures()
            .stream()
            .filter(m -> !looksLikeCode(m))
            .findFirst()
            .orElse(null);
        String measureName = measure == null ? null : measure.name();
        Aggregate aggregation = aggregationOf(measure);
        Optional<SchemaField> time = dimensions.stream().filter(ChartChoice::isTime).findFirst();
        List<ChartDefinition> charts = new ArrayList<>();
        if (facts.regionField() != null) {
            ChartDefinition map = ChartDefinition.of(ChartKind.MAP, facts.regionField(), measureName, aggregation);
            charts.add(latest(map, time, facts));
        }
        time.ifPresent(t -> charts.add(ChartDefinition.of(ChartKind.LINE, t.name(), measureName, aggregation)));
        category(facts, dimensions).ifPresent(c -> {
            int values = facts.distinctValues().getOrDefault(c.name(), Integer.MAX_VALUE);
            ChartKind kind = values <= PIE_MAX && aggregation != Aggregate.AVG ? ChartKind.PIE : ChartKind.BAR;
            charts.add(latest(ChartDefinition.of(kind, c.name(), measureName, aggregation), time, facts));
        });
        if (charts.isEmpty()) {
            charts.add(ChartDefinition.of(ChartKind.BAR, dimensions.getFirst().name(), measureName, aggregation));
        }
        return List.copyOf(charts.subList(0, Math.min(MAX_CHARTS, charts.size())));
    }

    /** SUM for amounts, AVG for rates and percentages, COUNT without a measure. */
    static Aggregate aggregationOf(@Nullable SchemaField measure) {
        if (measure == null) {
            return Aggregate.COUNT;
        }
        String words = (measure.name() + " " + measure.title() + " " + (measure.unit() == null ? "" : measure.unit()))
            .toLowerCase(Locale.ROOT);
        return RATE.matcher(words).find() ? Aggregate.AVG : Aggregate.SUM;
    }

    /**
     * Numeric columns that are identifiers, codes, coordinates or periods (real files
     * often write codes as numbers): adding them up says nothing, so rows are counted.
     */
    static boolean looksLikeCode(SchemaField field) {
        return field.name()
            .toLowerCase(Locale.ROOT)
            .matches("(id|no|nomor|kode.*|.*_id|.*_kode|periode.*|tanggal.*|tahun.*|bulan.*|lat.*|lon.*|lng)");
    }

    static boolean isTime(SchemaField field) {
        return field.type() == FieldType.YEAR || field.type() == FieldType.DATE
                || (field.type() == FieldType.INTEGER && field.name().matches("(tahun|year)(_.*)?"));
    }

    /**
     * The category dimension to rank: not time, not the region codes, not another code
     * column, preferring ones with 2 to 50 values.
     */
    private static Optional<SchemaField> category(SchemaFacts facts, List<SchemaField> dimensions) {
        List<SchemaField> candidates = dimensions.stream()
            .filter(f -> !isTime(f) && !f.name().equals(facts.regionField()))
            .filter(f -> f.type() == FieldType.STRING || f.type() == FieldType.BOOLEAN)
            .filter(f -> !f.name().matches("(kode|code|id|no)(_.*)?|.*_(kode|code|id)"))
            .toList();
        return candidates.stream().filter(f -> {
            int values = facts.distinctValues().getOrDefault(f.name(), -1);
            return values >= 2 && values <= 50;
        })
            .findFirst()
            .or(() -> candidates.stream()
                .filter(f -> facts.distinctValues().getOrDefault(f.name(), 2) >= 2)
                .findFirst());
    }

    /**
     * A chart of a measure that is not over time shows the latest year, so that years are
     * not added up (a single day of daily data would say little: dates are not filtered).
     */
    private static ChartDefinition latest(ChartDefinition chart, Optional<SchemaField> time, SchemaFacts facts) {
        if (time.isEmpty() || time.get().type() == FieldType.DATE || facts.latestPeriod() == null
                || chart.measure() == null) {
            return chart;
        }
        return chart.withFilter(time.get().name(), facts.latestPeriod());
    }

}
