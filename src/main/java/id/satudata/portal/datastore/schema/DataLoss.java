package id.satudata.portal.datastore.schema;

import java.util.List;

/**
 * Values a schema change would empty, counted in the loaded data before anything is
 * changed, for the team to confirm.
 *
 * @param field the field (its name before the change)
 * @param kind whether the column is dropped or its values do not convert
 * @param count how many non-empty values would be lost
 * @param samples the first values that would be lost with their row numbers
 */
public record DataLoss(String field, Kind kind, long count, List<Sample> samples) {

    public DataLoss {
        samples = List.copyOf(samples);
    }

    /** Why the values would be lost. */
    public enum Kind {

        /** The column is dropped. */
        DROP,

        /** The values cannot be read as the new type and would become empty. */
        UNCONVERTIBLE

    }

    /** One value that would be lost and the row ({@code _row}) it is in. */
    public record Sample(long row, String value) {
    }

}
