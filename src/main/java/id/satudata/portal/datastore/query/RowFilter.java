package id.satudata.portal.datastore.query;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A filter on one column of a dataset. Values are given as text (as a user or a URL
 * writes them) and read with the column's type.
 *
 * @param op EQUALS (one value; null matches missing values), IN (any of the values),
 * RANGE (two values, from and to, inclusive; either may be null), CONTAINS
 * (case-insensitive text contains)
 */
public record RowFilter(String column, Op op, List<@Nullable String> values) {

    /** The kinds of filter. */
    public enum Op {

        EQUALS, IN, RANGE, CONTAINS

    }

    public static RowFilter equalTo(String column, @Nullable String value) {
        return new RowFilter(column, Op.EQUALS, Arrays.asList(value));
    }

    public static RowFilter in(String column, List<String> values) {
        return new RowFilter(column, Op.IN, List.copyOf(values));
    }

    public static RowFilter range(String column, @Nullable String from, @Nullable String to) {
        return new RowFilter(column, Op.RANGE, Arrays.asList(from, to));
    }

    public static RowFilter contains(String column, String text) {
        return new RowFilter(column, Op.CONTAINS, List.of(text));
    }

}
