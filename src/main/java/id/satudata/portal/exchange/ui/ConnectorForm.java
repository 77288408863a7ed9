package id.satudata.portal.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.ui.FieldErrors;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.exchange.ConnectorDraft;

/**
 * A new pull connector as a form. Fires a {@link SaveEvent} with the draft; the rules are
 * the service's, whose errors {@link #showError} marks on the field they name.
 */
class ConnectorForm extends Composite<VerticalLayout> {

    static final String DEFAULT_CRON = "0 0 2 * * *";

    private final TextField url = new TextField();

    private final Select<PayloadFormat> format = new Select<>();

    private final Select<LoadMode> mode = new Select<>();

    private final TextField cron = new TextField();

    // text fields, not IntegerField: the production bundle loads web components by route,
    // and no route names this tab's classes (it is a bean), so an IntegerField would not
    // be loaded
    private final TextField timeout = numberField();

    private final TextField retries = numberField();

    private final TextField backoff = numberField();

    private final FieldErrors errors = new FieldErrors();

    ConnectorForm() {
        // the service refuses XLSX: a web service answers CSV or JSON
        format.setItems(PayloadFormat.CSV, PayloadFormat.JSON);
        format.setItemLabelGenerator(PayloadFormat::name);
        mode.setItems(LoadMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("datastore.mode." + m));
        setUp(url, "url", "exchange.connectors.url");
        url.setPlaceholder("https://");
        setUp(format, "format", "exchange.connectors.format");
        setUp(mode, "mode", "exchange.connectors.mode");
        setUp(cron, "cron", "exchange.connectors.cron");
        cron.setHelperText(getTranslation("exchange.connectors.cron.help"));
        setUp(timeout, "timeoutSeconds", "exchange.connectors.timeout");
        setUp(retries, "maxRetries", "exchange.connectors.retries");
        setUp(backoff, "backoffSeconds", "exchange.connectors.backoff");
        reset();

        FormLayout form = new FormLayout(url, format, mode, cron, timeout, retries, backoff);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(url, 2);
        Button add = new Button(getTranslation("exchange.connectors.add"),
                e -> fireEvent(new SaveEvent(this, draft())));
        add.setId("connector-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().setPadding(false);
        getContent().add(form, add);
    }

    private <C extends Component & HasLabel & HasValidation> void setUp(C field, String name, String labelKey) {
        field.setId("connector-" + name);
        field.setLabel(getTranslation(labelKey));
        errors.add(name, field);
    }

    /** Empties the form to the usual settings: CSV appended nightly at 02:00. */
    void reset() {
        url.clear();
        format.setValue(PayloadFormat.CSV);
        mode.setValue(LoadMode.APPEND);
        cron.setValue(DEFAULT_CRON);
        timeout.setValue("30");
        retries.setValue("3");
        backoff.setValue("60");
        errors.clear();
    }

    /** What the form holds now. */
    ConnectorDraft draft() {
        return new ConnectorDraft(url.getValue().strip(), format.getValue(), mode.getValue(), cron.getValue().strip(),
                number(timeout), number(retries), number(backoff));
    }

    /** Marks the field the error names; false when it names none of the form's fields. */
    boolean showError(ValidationException error) {
        return errors.show(error);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private static TextField numberField() {
        TextField field = new TextField();
        field.setAllowedCharPattern("[0-9]");
        field.setMaxLength(5);
        return field;
    }

    /**
     * An empty field (or one a client filled past the allowed characters) gives -1,
     * outside every range, so the service names the field instead of taking 0 (a valid
     * number of retries) for "nothing said".
     */
    private static int number(TextField field) {
        String digits = field.getValue().strip();
        return digits.matches("[0-9]{1,5}") ? Integer.parseInt(digits) : -1;
    }

    /** The user asked to add the connector. */
    static final class SaveEvent extends ComponentEvent<ConnectorForm> {

        private final ConnectorDraft draft;

        SaveEvent(ConnectorForm source, ConnectorDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ConnectorDraft draft() {
            return draft;
        }

    }

}
