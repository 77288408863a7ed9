package id.satudata.portal.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.ui.FieldErrors;
import id.satudata.portal.catalog.DatasetMetadata;
import id.satudata.portal.catalog.Licence;
import id.satudata.portal.catalog.MetadataDraft;
import id.satudata.portal.catalog.Topic;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The Satu Data Indonesia metadata of a dataset (MS-Ind items) as a form. Fires a
 * {@link SaveEvent} with the draft; the rules are the service's, whose errors
 * {@link #showError} marks on the field they name.
 */
class MetadataForm extends Composite<VerticalLayout> {

    private final ComboBox<Topic> topic = new ComboBox<>();

    private final TextField tags = new TextField();

    private final Select<Licence> licence = new Select<>();

    private final TextField walidata = new TextField();

    // text fields, not IntegerField: the production bundle loads web components by route,
    // and
    // no route names this tab's classes (it is a bean), so an IntegerField would not be
    // loaded
    private final TextField periodStart = yearField();

    private final TextField periodEnd = yearField();

    private final TextField measure = new TextField();

    private final TextField unit = new TextField();

    private final TextArea concept = new TextArea();

    private final TextArea definition = new TextArea();

    private final TextArea methodology = new TextArea();

    private final TextField classification = new TextField();

    private final TextField estimationLevel = new TextField();

    private final TextField contactName = new TextField();

    private final TextField contactEmail = new TextField();

    private final TextField source = new TextField();

    private final TextField keywords = new TextField();

    private final Checkbox featured = new Checkbox();

    private final FieldErrors errors = new FieldErrors();

    /**
     * @param editable whether the signed-in user may change the metadata
     * @param walidata whether they may also feature the dataset on the public home page
     */
    MetadataForm(DatasetMetadata current, List<Topic> topics, List<Licence> licences, Locale locale, boolean editable,
            boolean walidata) {
        topic.setItems(topics);
        topic.setItemLabelGenerator(t -> t.name(locale));
        topic.setClearButtonVisible(true);
        licence.setItems(licences);
        licence.setItemLabelGenerator(Licence::title);
        setUp(topic, "topic", "portal.meta.topic");
        setUp(tags, "tags", "portal.meta.tags");
        tags.setHelperText(getTranslation("catalog.form.tags.help"));
        setUp(licence, "licence", "portal.meta.licence");
        setUp(this.walidata, "walidata", "portal.meta.walidata");
        setUp(periodStart, "periodStart", "catalog.form.periodStart");
        setUp(periodEnd, "periodEnd", "catalog.form.periodEnd");
        setUp(measure, "measure", "portal.meta.measure");
        setUp(unit, "unit", "portal.meta.unit");
        setUp(concept, "concept", "portal.meta.concept");
        setUp(definition, "definition", "portal.meta.definition");
        setUp(methodology, "methodology", "portal.meta.methodology");
        setUp(classification, "classification", "portal.meta.classification");
        setUp(estimationLevel, "estimationLevel", "portal.meta.estimationLevel");
        setUp(contactName, "contactName", "catalog.form.contactName");
        setUp(contactEmail, "contactEmail", "catalog.form.contactEmail");
        setUp(source, "source", "portal.meta.source");
        setUp(keywords, "keywords", "portal.meta.keywords");
        keywords.setHelperText(getTranslation("catalog.form.keywords.help"));
        featured.setId("meta-featured");
        featured.setLabel(getTranslation("catalog.form.featured"));
        featured.setVisible(walidata);
        fill(current);

        FormLayout form = new FormLayout(topic, tags, licence, this.walidata, periodStart, periodEnd, measure, unit,
                concept, definition, methodology, classification, estimationLevel, contactName, contactEmail, source,
                keywords, featured);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(concept, 2);
        form.setColspan(definition, 2);
        form.setColspan(methodology, 2);
        getContent().setPadding(false);
        getContent().add(form);
        if (editable) {
            Button save = new Button(getTranslation("catalog.form.save"), e -> save());
            save.setId("meta-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getContent().add(save);
        }
        else {
            errors.fields().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(true));
            featured.setReadOnly(true);
        }
    }

    private <C extends Component & HasLabel & HasValidation & HasValue<?, ?>> void setUp(C field, String name,
            String labelKey) {
        field.setId("meta-" + name);
        field.setLabel(getTranslation(labelKey));
        errors.add(name, field);
    }

    private void fill(DatasetMetadata m) {
        topic.setValue(m.topic());
        tags.setValue(String.join(", ", m.tags()));
        licence.setValue(m.licence());
        walidata.setValue(text(m.walidata()));
        periodStart.setValue(m.periodStart() == null ? "" : m.periodStart().toString());
        periodEnd.setValue(m.periodEnd() == null ? "" : m.periodEnd().toString());
        measure.setValue(text(m.measure()));
        unit.setValue(text(m.unit()));
        concept.setValue(text(m.concept()));
        definition.setValue(text(m.definition()));
        methodology.setValue(text(m.methodology()));
        classification.setValue(text(m.classification()));
        estimationLevel.setValue(text(m.estimationLevel()));
        contactName.setValue(text(m.contactName()));
        contactEmail.setValue(text(m.contactEmail()));
        source.setValue(text(m.source()));
        keywords.setValue(String.join(", ", m.keywords()));
        featured.setValue(m.featured());
    }

    private void save() {
        MetadataDraft draft;
        try {
            draft = draft();
        }
        catch (ValidationException e) {
            showError(e);
            return;
        }
        fireEvent(new SaveEvent(this, draft));
    }

    /** What the form holds now; blank texts are the service's to drop. */
    MetadataDraft draft() {
        return new MetadataDraft(topic.getValue() == null ? null : topic.getValue().code(), list(tags.getValue()),
                licence.getValue() == null ? null : licence.getValue().id(), walidata.getValue(),
                year(periodStart, "periodStart"), year(periodEnd, "periodEnd"), measure.getValue(), unit.getValue(),
                concept.getValue(), definition.getValue(), methodology.getValue(), classification.getValue(),
                estimationLevel.getValue(), contactName.getValue(), contactEmail.getValue(), source.getValue(),
                list(keywords.getValue()), featured.getValue());
    }

    /** Marks the field the error names; false when it names none of the form's fields. */
    boolean showError(ValidationException error) {
        return errors.show(error);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private static TextField yearField() {
        TextField year = new TextField();
        year.setAllowedCharPattern("[0-9]");
        year.setMaxLength(4);
        return year;
    }

    /** A year is digits (the field lets no other key through, a crafted request can). */
    private static @Nullable Integer year(TextField field, String name) {
        String text = field.getValue().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,4}")) {
            throw new ValidationException(name, "catalog.error.period.year", text);
        }
        return Integer.valueOf(text);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The user asked to save the draft. */
    static final class SaveEvent extends ComponentEvent<MetadataForm> {

        private final MetadataDraft draft;

        SaveEvent(MetadataForm source, MetadataDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        MetadataDraft draft() {
            return draft;
        }

    }

}
