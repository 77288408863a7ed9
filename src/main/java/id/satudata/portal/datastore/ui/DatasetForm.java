package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.datastore.DatasetDraft;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.UpdateFrequency;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The form that creates a dataset record; fires the draft on save. */
class DatasetForm extends FormLayout {

    final ComboBox<Opd> opd = new ComboBox<>();

    final TextField title = new TextField();

    final TextField slug = new TextField();

    final TextArea description = new TextArea();

    final Select<UpdateFrequency> frequency = new Select<>();

    final Select<Visibility> visibility = new Select<>();

    final Button save = new Button();

    private Consumer<DatasetDraft> onSave = d -> {
    };

    DatasetForm(List<Opd> opds) {
        setId("dataset-form");
        opd.setLabel(getTranslation("datastore.form.opd"));
        opd.setItems(opds);
        opd.setItemLabelGenerator(o -> o.shortName() + " \u2013 " + o.name());
        opd.setId("dataset-form-opd");
        title.setLabel(getTranslation("datastore.form.title"));
        title.setId("dataset-form-title");
        title.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        title.addValueChangeListener(e -> slug.setValue(DatasetService.slugOf(e.getValue())));
        slug.setLabel(getTranslation("datastore.form.slug"));
        slug.setId("dataset-form-slug");
        description.setLabel(getTranslation("datastore.form.description"));
        frequency.setLabel(getTranslation("datastore.form.frequency"));
        frequency.setItems(UpdateFrequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("datastore.frequency." + f));
        frequency.setValue(UpdateFrequency.YEARLY);
        visibility.setLabel(getTranslation("datastore.form.visibility"));
        // public only through a release in the catalogue
        visibility.setItems(Visibility.DRAFT, Visibility.INTERNAL);
        visibility.setItemLabelGenerator(v -> getTranslation("datastore.visibility." + v));
        visibility.setValue(Visibility.DRAFT);
        save.setText(getTranslation("datastore.form.create"));
        save.setId("dataset-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> draft().ifPresent(onSave));
        add(opd, title, slug, frequency, visibility, description, save);
        setColspan(description, 2);
    }

    /** The draft as filled in; empty (the OPD marked) while no OPD is chosen. */
    Optional<DatasetDraft> draft() {
        if (opd.getValue() == null) {
            opd.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(new DatasetDraft(opd.getValue().id(), null, slug.getValue().strip(), title.getValue(),
                description.getValue(), frequency.getValue(), visibility.getValue()));
    }

    void onSave(Consumer<DatasetDraft> listener) {
        this.onSave = listener;
    }

}
