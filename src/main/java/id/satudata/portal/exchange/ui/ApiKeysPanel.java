package id.satudata.portal.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.exchange.ApiKey;
import id.satudata.portal.exchange.ApiKeyService;
import id.satudata.portal.exchange.IssuedKey;
import id.satudata.portal.ui.Notifications;
import java.time.ZoneId;

/**
 * A dataset's API keys for pushing rows: how to use one, issuing a key (its secret shown
 * here once, never again), and the keys with their last use, revocable.
 */
class ApiKeysPanel extends VerticalLayout {

    private final Dataset dataset;

    private final ApiKeyService keys;

    private final TextField label = new TextField();

    private final Div issued = new Div();

    private final Grid<ApiKey> grid = new Grid<>();

    private final ZoneId zone;

    ApiKeysPanel(Dataset dataset, ApiKeyService keys, ZoneId zone) {
        this.dataset = dataset;
        this.keys = keys;
        this.zone = zone;
        setId("api-keys");
        Paragraph usage = new Paragraph(getTranslation("exchange.keys.usage", dataset.slug()));
        usage.addClassNames("text-secondary", "m-0");
        label.setId("key-label");
        label.setLabel(getTranslation("exchange.keys.label"));
        label.setWidth("28em");
        Button issue = new Button(getTranslation("exchange.keys.issue"), e -> issue());
        issue.setId("key-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(label, issue);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        issued.setId("key-issued");
        issued.addClassNames("p-m", "border", "border-primary", "rounded-m");
        issued.setVisible(false);
        setUpGrid();
        add(usage, form, issued, grid);
    }

    private void setUpGrid() {
        grid.setId("key-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiKey::masked).setHeader(getTranslation("exchange.keys.column.key")).setAutoWidth(true);
        grid.addColumn(ApiKey::label).setHeader(getTranslation("exchange.keys.column.label")).setAutoWidth(true);
        grid.addColumn(k -> DisplayFormat.dateTime(k.createdAt(), zone, getLocale()) + " · " + k.createdBy())
            .setHeader(getTranslation("exchange.keys.column.created"))
            .setAutoWidth(true);
        grid.addColumn(k -> DisplayFormat.dateTime(k.lastUsedAt(), zone, getLocale()))
            .setHeader(getTranslation("exchange.keys.column.lastUsed"))
            .setAutoWidth(true);
        grid.addColumn(k -> getTranslation(k.active() ? "exchange.keys.active" : "exchange.keys.inactive"))
            .setHeader(getTranslation("exchange.keys.column.status"))
            .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true);
        refresh();
    }

    private Span revokeButton(ApiKey key) {
        Span cell = new Span();
        if (key.active()) {
            Button revoke = new Button(getTranslation("exchange.keys.revoke"), e -> {
                keys.revoke(key.id());
                Notifications.success(getTranslation("exchange.keys.revoked", key.masked()));
                refresh();
            });
            revoke.setId("key-revoke-" + key.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            cell.add(revoke);
        }
        return cell;
    }

    private void issue() {
        IssuedKey key;
        try {
            key = keys.issueForDataset(dataset.id(), label.getValue());
        }
        catch (ValidationException e) {
            label.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            label.setInvalid(true);
            return;
        }
        label.setInvalid(false);
        label.clear();
        showOnce(key.secret());
        refresh();
    }

    /** The secret, selectable, with the warning that it is not shown again. */
    private void showOnce(String secret) {
        TextField secretField = new TextField(getTranslation("exchange.keys.title"));
        secretField.setId("key-secret");
        secretField.setValue(secret);
        secretField.setReadOnly(true);
        secretField.setWidthFull();
        Paragraph warning = new Paragraph(getTranslation("exchange.keys.shownOnce"));
        warning.addClassNames("m-0", "text-s");
        Button close = new Button(getTranslation("exchange.keys.close"), e -> {
            issued.removeAll();
            issued.setVisible(false);
        });
        close.setId("key-secret-close");
        issued.removeAll();
        issued.add(secretField, warning, close);
        issued.setVisible(true);
    }

    private void refresh() {
        grid.setItems(keys.forDataset(dataset.id()));
    }

}
