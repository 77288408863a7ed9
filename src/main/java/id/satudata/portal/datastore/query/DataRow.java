package id.satudata.portal.datastore.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a dataset: its row number in the natural order and its values in schema
 * order (String, Long, Double, Boolean, LocalDate, Integer for years, OffsetDateTime).
 */
public record DataRow(long rowNumber, List<@Nullable Object> values) {
}
