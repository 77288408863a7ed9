package id.satudata.portal.report.periodic;

import java.time.Instant;
import java.util.List;

/**
 * Where the periodic report learns which datasets were released and when. The default
 * ({@link PublicDatasetReleases}) reads public datasets and their first accepted load;
 * the catalog's release dates can replace it.
 */
public interface ReleasedDatasets {

    /** Datasets released by {@code end}, marked new when released from {@code start}. */
    List<PeriodicFacts.ReleasedDataset> releasedBy(Instant start, Instant end);

}
