package id.satudata.portal.report.periodic;

import java.time.Instant;
import java.util.List;

/**
 * Where the periodic report learns which datasets were released and when
 * ({@link PublicDatasetReleases}: the catalogue's release dates).
 */
public interface ReleasedDatasets {

    /** Datasets released by {@code end}, marked new when released from {@code start}. */
    List<PeriodicFacts.ReleasedDataset> releasedBy(Instant start, Instant end);

}
