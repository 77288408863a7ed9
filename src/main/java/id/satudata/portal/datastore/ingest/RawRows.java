package id.satudata.portal.datastore.ingest;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Rows of cells as a file holds them (CSV or a spreadsheet), before any header is known.
 */
interface RawRows extends Closeable {

    /** The next row, or null at the end. */
    String @Nullable [] next() throws IOException;

    /** 1-based number of the last row returned, in the file's own row count. */
    long row();

}
