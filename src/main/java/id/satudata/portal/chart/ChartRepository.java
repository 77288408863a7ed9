package id.satudata.portal.chart;

import static id.satudata.portal.jooq.Tables.DASHBOARD_CHART;

import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.jooq.tables.records.DashboardChartRecord;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Saved dashboard charts ({@code dashboard_chart}). */
@Repository
class ChartRepository {

    private final DSLContext db;

    ChartRepository(DSLContext db) {
        this.db = db;
    }

    List<SavedChart> findByDataset(long datasetId) {
        return db.selectFrom(DASHBOARD_CHART)
            .where(DASHBOARD_CHART.DATASET_ID.eq(datasetId))
            .orderBy(DASHBOARD_CHART.POSITION)
            .fetch(ChartRepository::toChart);
    }

    /** The saved charts of many datasets at once, by dataset. */
    Map<Long, List<SavedChart>> findByDatasets(Collection<Long> datasetIds) {
        return db.selectFrom(DASHBOARD_CHART)
            .where(DASHBOARD_CHART.DATASET_ID.in(datasetIds))
            .orderBy(DASHBOARD_CHART.DATASET_ID, DASHBOARD_CHART.POSITION)
            .fetch(ChartRepository::toChart)
            .stream()
            .collect(Collectors.groupingBy(SavedChart::datasetId));
    }

    /** Saves the chart at its position, replacing what was there. */
    SavedChart save(long datasetId, int position, ChartDefinition chart, @Nullable Long userId, String userName,
            OffsetDateTime at) {
        db.deleteFrom(DASHBOARD_CHART)
            .where(DASHBOARD_CHART.DATASET_ID.eq(datasetId), DASHBOARD_CHART.POSITION.eq(position))
            .execute();
        DashboardChartRecord saved = db.insertInto(DASHBOARD_CHART)
            .set(DASHBOARD_CHART.DATASET_ID, datasetId)
            .set(DASHBOARD_CHART.POSITION, position)
            .set(DASHBOARD_CHART.CHART_TYPE, chart.kind().name())
            .set(DASHBOARD_CHART.DIMENSION, chart.dimension())
            .set(DASHBOARD_CHART.DIMENSION2, chart.dimension2())
            .set(DASHBOARD_CHART.MEASURE, chart.measure())
            .set(DASHBOARD_CHART.AGGREGATION, chart.aggregation().name())
            .set(DASHBOARD_CHART.FILTER_COLUMN, chart.filterColumn())
            .set(DASHBOARD_CHART.FILTER_VALUE, chart.filterValue())
            .set(DASHBOARD_CHART.TOP_N, chart.topN())
            .set(DASHBOARD_CHART.SAVED_BY, userId)
            .set(DASHBOARD_CHART.SAVED_BY_NAME, userName)
            .set(DASHBOARD_CHART.SAVED_AT, at)
            .returning()
            .fetchSingle();
        return toChart(saved);
    }

    int delete(long datasetId, int position) {
        return db.deleteFrom(DASHBOARD_CHART)
            .where(DASHBOARD_CHART.DATASET_ID.eq(datasetId), DASHBOARD_CHART.POSITION.eq(position))
            .execute();
    }

    private static SavedChart toChart(DashboardChartRecord r) {
        ChartDefinition definition = new ChartDefinition(ChartKind.valueOf(r.getChartType()), r.getDimension(),
                r.getDimension2(), r.getMeasure(), Aggregate.valueOf(r.getAggregation()), r.getFilterColumn(),
                r.getFilterValue(), r.getTopN());
        return new SavedChart(r.getId(), r.getDatasetId(), r.getPosition(), definition, r.getSavedByName(),
                r.getSavedAt());
    }

    /**
     * Renames the columns the dataset's charts name, all at once (so that two swapped
     * names swap in the charts too).
     */
    void renameColumns(long datasetId, Map<String, String> newNames) {
        db.update(DASHBOARD_CHART)
            .set(DASHBOARD_CHART.DIMENSION, renamed(DASHBOARD_CHART.DIMENSION, newNames))
            .set(DASHBOARD_CHART.DIMENSION2, renamed(DASHBOARD_CHART.DIMENSION2, newNames))
            .set(DASHBOARD_CHART.MEASURE, renamed(DASHBOARD_CHART.MEASURE, newNames))
            .set(DASHBOARD_CHART.FILTER_COLUMN, renamed(DASHBOARD_CHART.FILTER_COLUMN, newNames))
            .where(DASHBOARD_CHART.DATASET_ID.eq(datasetId))
            .execute();
    }

    private static Field<String> renamed(Field<String> column, Map<String, String> newNames) {
        org.jooq.CaseWhenStep<String, String> cases = null;
        for (Map.Entry<String, String> rename : newNames.entrySet()) {
            cases = cases == null ? DSL.case_(column).when(rename.getKey(), rename.getValue())
                    : cases.when(rename.getKey(), rename.getValue());
        }
        return cases == null ? column : cases.else_(column);
    }

}
