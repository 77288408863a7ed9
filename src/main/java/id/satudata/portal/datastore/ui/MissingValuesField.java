package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The dataset's missing-value markers: the usual ones to pick from, any other typed in
 * (e.g. "***" or "x"); the empty cell shown in words.
 */
class MissingValuesField extends MultiSelectComboBox<String> {

    private final Set<String> offered = new LinkedHashSet<>(TableSchema.DEFAULT_MISSING_VALUES);

    MissingValuesField() {
        setId("schema-missing-values");
        setLabel(getTranslation("datastore.schema.missingValues"));
        setHelperText(getTranslation("datastore.schema.missingValues.help"));
        setItemLabelGenerator(m -> m.isEmpty() ? getTranslation("datastore.schema.missingValues.emptyText") : m);
        setAllowCustomValue(true);
        setSelectedItemsOnTop(true);
        setWidthFull();
        setItems(offered);
        addCustomValueSetListener(e -> {
            String marker = e.getDetail().strip();
            if (!marker.isEmpty()) {
                Set<String> chosen = new LinkedHashSet<>(getValue());
                chosen.add(marker);
                setMarkers(List.copyOf(chosen));
            }
        });
    }

    void setMarkers(List<String> markers) {
        offered.addAll(markers);
        setItems(offered);
        setValue(new LinkedHashSet<>(markers));
    }

    /** The chosen markers, in the order offered. */
    List<String> markers() {
        List<String> chosen = new ArrayList<>();
        offered.stream().filter(getValue()::contains).forEach(chosen::add);
        return chosen;
    }

}
