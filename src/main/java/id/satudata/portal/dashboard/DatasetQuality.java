package id.satudata.portal.dashboard;

import id.satudata.portal.datastore.query.ColumnNulls;
import id.satudata.portal.datastore.ingest.LoadRecord;
import id.satudata.portal.datastore.query.PeriodCount;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Data quality of a dataset: missing values per column, the rejected or failed loads of
 * its recent history, and rows per period of its time column (if it has one).
 */
public record DatasetQuality(long rows, List<ColumnNulls> nulls, List<LoadRecord> rejectedLoads, int loadsLooked,
        @Nullable String periodColumn, List<PeriodCount> rowsPerPeriod) {

    public DatasetQuality {
        nulls = List.copyOf(nulls);
        rejectedLoads = List.copyOf(rejectedLoads);
        rowsPerPeriod = List.copyOf(rowsPerPeriod);
    }

}
