package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.chart.ChartDefinition;
import id.satudata.portal.chart.ChartKind;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Staff's editor of one chart: kind, dimension, optional second dimension, measure (none:
 * count rows), aggregation, a filter "column = value", top N; preview and save.
 */
class ChartEditor extends FormLayout {

    final Select<ChartKind> kind = new Select<>();

    final ComboBox<SchemaField> dimension = new ComboBox<>();

    final ComboBox<SchemaField> dimension2 = new ComboBox<>();

    final ComboBox<SchemaField> measure = new ComboBox<>();

    final Select<Aggregate> aggregation = new Select<>();

    final ComboBox<SchemaField> filterColumn = new ComboBox<>();

    final TextField filterValue = new TextField();

    final IntegerField topN = new IntegerField();

    final Button save;

    ChartEditor(TableSchema schema, ChartDefinition current, DashFormat format, Consumer<ChartDefinition> preview,
            Consumer<ChartDefinition> onSave) {
        addClassName("dash-chart-editor");
        kind.setId("editor-kind");
        kind.setLabel(format.t("dashboard.editor.kind"));
        kind.setItems(ChartKind.values());
        kind.setItemLabelGenerator(k -> format.t("dashboard.kind." + k.name()));
        dimension.setId("editor-dimension");
        dimension.setLabel(format.t("dashboard.editor.dimension"));
        dimension.setItems(schema.dimensions());
        dimension.setItemLabelGenerator(SchemaField::title);
        dimension2.setId("editor-dimension2");
        dimension2.setLabel(format.t("dashboard.editor.dimension2"));
        dimension2.setItems(schema.dimensions());
        dimension2.setItemLabelGenerator(SchemaField::title);
        dimension2.setClearButtonVisible(true);
        measure.setId("editor-measure");
        measure.setLabel(format.t("dashboard.editor.measure"));
        measure.setItems(schema.measures());
        measure.setItemLabelGenerator(SchemaField::title);
        measure.setClearButtonVisible(true);
        measure.setPlaceholder(format.t("dashboard.editor.countRows"));
        aggregation.setId("editor-aggregation");
        aggregation.setLabel(format.t("dashboard.editor.aggregation"));
        aggregation.setItems(Aggregate.values());
        aggregation.setItemLabelGenerator(a -> format.t("dashboard.aggregation." + a.name()));
        filterColumn.setId("editor-filter-column");
        filterColumn.setLabel(format.t("dashboard.editor.filterColumn"));
        filterColumn.setItems(schema.fields());
        filterColumn.setItemLabelGenerator(SchemaField::title);
        filterColumn.setClearButtonVisible(true);
        filterValue.setId("editor-filter-value");
        filterValue.setLabel(format.t("dashboard.editor.filterValue"));
        topN.setId("editor-top");
        topN.setLabel(format.t("dashboard.editor.top"));
        topN.setMin(1);
        topN.setMax(ChartDefinition.MAX_TOP);
        show(schema, current);
        Button apply = new Button(format.t("dashboard.editor.preview"), e -> read().ifPresent(preview));
        apply.setId("editor-preview");
        save = new Button(format.t("dashboard.editor.save"), e -> read().ifPresent(onSave));
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(kind, dimension, dimension2, measure, aggregation, filterColumn, filterValue, topN, apply, save);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("60em", 4));
    }

    private void show(TableSchema schema, ChartDefinition chart) {
        kind.setValue(chart.kind());
        dimension.setValue(schema.field(chart.dimension()).orElse(null));
        dimension2.setValue(chart.dimension2() == null ? null : schema.field(chart.dimension2()).orElse(null));
        measure.setValue(chart.measure() == null ? null : schema.field(chart.measure()).orElse(null));
        aggregation.setValue(chart.aggregation());
        filterColumn.setValue(chart.filterColumn() == null ? null : schema.field(chart.filterColumn()).orElse(null));
        filterValue.setValue(chart.filterValue() == null ? "" : chart.filterValue());
        topN.setValue(chart.topN());
    }

    /** The definition in the fields; empty (with the field marked) when incomplete. */
    java.util.Optional<ChartDefinition> read() {
        if (dimension.getValue() == null) {
            dimension.setInvalid(true);
            return java.util.Optional.empty();
        }
        String column = filterColumn.getValue() == null ? null : filterColumn.getValue().name();
        @Nullable String value = column == null || filterValue.getValue().isBlank() ? null : filterValue.getValue().strip();
        return java.util.Optional.of(new ChartDefinition(kind.getValue(), dimension.getValue().name(),
                dimension2.getValue() == null ? null : dimension2.getValue().name(),
                measure.getValue() == null ? null : measure.getValue().name(),
                measure.getValue() == null ? Aggregate.COUNT : aggregation.getValue(), value == null ? null : column,
                value, topN.getValue() == null ? ChartDefinition.DEFAULT_TOP : topN.getValue()));
    }

}
