package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.NewIntegration;
import id.satudata.portal.registry.RegistryProperties;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopTemplate;
import id.satudata.portal.ui.BackOfficeLayout;
import id.satudata.portal.ui.FieldErrors;
import id.satudata.portal.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A new integration request (Kaltim steps 1-2): title, requesting OPD (an OPD user's
 * own), the OPD's application, the data and information to integrate, the SOP template,
 * and an optional request letter.
 */
@Route(value = NewIntegrationView.PATH, layout = BackOfficeLayout.class)
@PermitAll
@StyleSheet("assets/registry.css")
public class NewIntegrationView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = BackOfficeLayout.PATH + "/integrasi/baru";

    private final TextField title = new TextField();

    private final ComboBox<Opd> opd = new ComboBox<>();

    private final TextField application = new TextField();

    private final TextArea description = new TextArea();

    private final Select<String> template = new Select<>();

    private final FieldErrors errors = new FieldErrors();

    public NewIntegrationView(RegistryService registry, OpdService opds, SopService sop, CurrentCaller caller,
            RegistryProperties properties) {
        setId("new-integration-view");
        errors.add("title", title);
        errors.add("opdId", opd);
        errors.add("applicationName", application);
        errors.add("dataDescription", description);
        errors.add("templateCode", template);
        setMaxWidth("56rem");
        title.setId("field-title");
        title.setLabel(getTranslation("registry.field.title"));
        opd.setId("field-opd");
        opd.setLabel(getTranslation("registry.field.opd"));
        List<Opd> all = opds.list();
        opd.setItems(all);
        opd.setItemLabelGenerator(o -> o.shortName() + " — " + o.name());
        Long own = caller.get().opdId();
        all.stream().filter(o -> own != null && o.id() == own).findFirst().ifPresent(o -> {
            opd.setValue(o);
            opd.setReadOnly(true);
        });
        application.setId("field-application");
        application.setLabel(getTranslation("registry.field.application"));
        description.setId("field-description");
        description.setLabel(getTranslation("registry.field.description"));
        description.setHelperText(getTranslation("registry.field.description.help"));
        description.setMinRows(4);
        template.setId("field-template");
        template.setLabel(getTranslation("registry.field.template"));
        template.setItems(sop.templates().stream().map(SopTemplate::code).toList());
        template.setItemLabelGenerator(code -> getTranslation("sop.template." + code));
        template.setValue(sop.defaultTemplate().code());
        DocumentUpload letter = new DocumentUpload("request-letter", getTranslation("registry.field.requestLetter"),
                getTranslation("registry.upload.hint", properties.maxDocumentSize().toMegabytes()),
                properties.maxDocumentSize().toBytes(), properties.maxDocumentsPerAction());
        FormLayout form = new FormLayout(title, opd, application, template, description, letter);
        form.setColspan(description, 2);
        form.setColspan(letter, 2);
        form.setColspan(title, 2);
        Button submit = new Button(getTranslation("registry.action.submit"), e -> submit(registry, letter));
        submit.setId("submit-integration");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, submit);
    }

    private void submit(RegistryService registry, DocumentUpload letter) {
        errors.clear();
        if (opd.getValue() == null) {
            opd.setErrorMessage(getTranslation("registry.error.opdRequired"));
            opd.setInvalid(true);
            return;
        }
        try {
            Integration created = registry.create(new NewIntegration(title.getValue(), opd.getValue().id(),
                    application.getValue(), description.getValue(), template.getValue()), letter.documents());
            Notifications.success(getTranslation("registry.saved.created", created.code()));
            getUI().ifPresent(
                    ui -> ui.navigate(IntegrationDetailView.class, IntegrationDetailView.parameters(created.id())));
        }
        catch (ValidationException e) {
            if (!errors.show(e)) {
                throw e;
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registry.title.new");
    }

}
