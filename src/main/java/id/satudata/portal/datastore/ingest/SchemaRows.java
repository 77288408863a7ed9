package id.satudata.portal.datastore.ingest;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a payload as text values in the order of the schema's fields (null where a
 * column is absent); problems with single rows go to the sink, problems with the whole
 * payload are thrown as {@link PayloadException}.
 */
interface SchemaRows extends Closeable {

    /** Where row problems go. */
    interface Problems {

        /**
         * @param params the parameters of the reason's message, as the user reads them
         */
        void add(long row, @Nullable String column, LoadProblem kind, ErrorReason reason, String... params);

    }

    String @Nullable [] next(Problems problems) throws IOException;

    /**
     * The row number of the last row returned, as the sender counts (file row, array
     * index).
     */
    long row();

    /** Rows left out: title rows above the header, empty rows, note rows. */
    long skipped();

}
