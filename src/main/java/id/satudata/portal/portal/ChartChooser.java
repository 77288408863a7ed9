package id.satudata.portal.portal;

import id.satudata.portal.chart.ChartType;
import id.satudata.portal.datastore.Aggregate;
import id.satudata.portal.datastore.Field;
import id.satudata.portal.datastore.FieldType;
import id.satudata.portal.datastore.TableSchema;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Chooses a chart from a dataset's schema: a measure over a year → line; over a region or
 * category → bars (columns when the labels are few); a share (percent) over a few
 * categories → pie. Rates and percentages are averaged, counts and amounts summed. A
 * dataset without a real measure gets the number of rows per category.
 */
final class ChartChooser {

    /**
     * Columns that look like numbers but are identifiers, codes or time stamps; as
     * categories, names are preferred to them.
     */
    private static final Pattern NOT_A_MEASURE = Pattern
        .compile("(id|no|nomor|kode.*|.*_id|periode.*|tanggal.*|tahun.*|bulan.*|lat.*|lon.*|lng)");

    /** Measures whose values are rates: averaging, not summing, makes sense. */
    private static final Pattern RATE = Pattern
        .compile(".*(persen|percent|%|tingkat|rasio|ratio|indeks|index|laju|rata|inflasi|angka).*");

    static final int MAX_CATEGORIES = 40;

    static final int MAX_PIE_SLICES = 6;

    static final int MAX_COLUMNS = 12;

    private ChartChooser() {
    }

    /**
     * The chart for this schema, or empty when there is nothing to draw.
     * @param distinctCount the number of distinct values of a dimension (capped by the
     * caller at {@link #MAX_CATEGORIES} + 1)
     */
    static Optional<ChartPlan> choose(TableSchema schema, ToLongFunction<Field> distinctCount) {
        List<Field> measures = schema.measures();
        if (measures.isEmpty()) {
            return Optional.empty();
        }
        Optional<Field> real = measures.stream().filter(m -> !NOT_A_MEASURE.matcher(m.name()).matches()).findFirst();
        Field measure = real.orElse(measures.get(0));
        boolean countsRows = real.isEmpty();
        Aggregate function = countsRows ? Aggregate.COUNT : isRate(measure) ? Aggregate.AVG : Aggregate.SUM;
        Optional<Field> year = schema.dimensions().stream().filter(ChartChooser::isYear).findFirst();
        if (year.isPresent() && !countsRows && distinctCount.applyAsLong(year.get()) > 1) {
            return Optional.of(new ChartPlan(ChartType.LINE, measure, function, year.get(), false));
        }
        List<Field> categories = schema.dimensions()
            .stream()
            .filter(d -> d.type() == FieldType.STRING || d.type() == FieldType.BOOLEAN)
            .sorted(Comparator.comparing(d -> NOT_A_MEASURE.matcher(d.name()).matches()))
            .toList();
        for (Field dimension : categories) {
            long values = distinctCount.applyAsLong(dimension);
            if (values < 2 || values > MAX_CATEGORIES) {
                continue;
            }
            return Optional.of(new ChartPlan(type(values, function == Aggregate.AVG && isShare(measure)), measure,
                    function, dimension, countsRows));
        }
        return Optional.empty();
    }

    private static ChartType type(long values, boolean share) {
        if (share && values <= MAX_PIE_SLICES) {
            return ChartType.PIE;
        }
        return values <= MAX_COLUMNS ? ChartType.COLUMN : ChartType.BAR;
    }

    private static boolean isYear(Field field) {
        return field.type() == FieldType.YEAR
                || (field.type() == FieldType.INTEGER && field.name().matches("(tahun|year|thn)(_.*)?"));
    }

    private static boolean isRate(Field measure) {
        return RATE.matcher(describe(measure)).matches();
    }

    private static boolean isShare(Field measure) {
        String text = describe(measure);
        return text.contains("persen") || text.contains("percent") || text.contains("%") || text.contains("proporsi")
                || text.contains("share");
    }

    private static String describe(Field field) {
        return (field.name() + " " + field.title() + " " + (field.unit() == null ? "" : field.unit()))
            .toLowerCase(Locale.ROOT);
    }

}
