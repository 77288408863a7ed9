package id.satudata.portal.datastore.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of rows with the column names, and the cursor of the next page (null on the last
 * page) for keyset paging.
 */
public record RowPage(List<String> columns, List<DataRow> rows, @Nullable String nextCursor) {
}
