package id.satudata.portal.chart;

import id.satudata.portal.datastore.schema.DatasetFieldsRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Saved charts name columns: when a dataset's fields are renamed, its charts are renamed
 * with them in the schema change's own transaction (a rename never leaves a chart
 * behind).
 */
@Component
class ChartsFollowRenames {

    private final ChartRepository charts;

    ChartsFollowRenames(ChartRepository charts) {
        this.charts = charts;
    }

    @EventListener
    void renamed(DatasetFieldsRenamed event) {
        charts.renameColumns(event.datasetId(), event.newNames());
    }

}
