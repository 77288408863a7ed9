package id.satudata.portal.report.integration;

import id.satudata.portal.opd.Opd;
import id.satudata.portal.registry.IntegrationDetail;
import id.satudata.portal.registry.IntegrationEvent;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one integration report says: the integration with its history and documents, its
 * path through the SOP, its datasets, the OPD's confirmation and the dashboard's charts.
 *
 * @param confirmation the last "yes" of the validation step (Kaltim 11), if any
 * @param version the report's version (1 for the first one filed with the last step)
 */
record IntegrationReportData(Opd opd, IntegrationDetail detail, List<PathRow> path, List<DatasetFacts> datasets,
        List<DatasetChart> charts, @Nullable IntegrationEvent confirmation, ZonedDateTime generatedAt, int version) {

    IntegrationReportData {
        path = List.copyOf(path);
        datasets = List.copyOf(datasets);
        charts = List.copyOf(charts);
    }

    long returns() {
        return path.stream().filter(PathRow::isReturn).count();
    }

}
