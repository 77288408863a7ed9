package id.satudata.portal.catalog.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.catalog.DatasetMetadata;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.base.format.DisplayFormat;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Whether the dataset is public, and for the walidata the one action that changes it:
 * release (with an optional note) or withdraw (with a reason).
 */
class ReleaseSection extends Composite<VerticalLayout> {

    private final Paragraph error = new Paragraph();

    /**
     * @param release called with the note when the walidata releases
     * @param withdraw called with the reason when the walidata withdraws
     */
    ReleaseSection(Visibility visibility, DatasetMetadata metadata, ZoneId zone, boolean mayRelease,
            Consumer<String> release, Consumer<String> withdraw) {
        Span status = new Span(status(visibility, metadata, zone));
        status.setId("catalog-status");
        error.setId("catalog-release-error");
        error.addClassNames("text-error", "m-0");
        error.setVisible(false);
        getContent().setPadding(false);
        getContent().add(status);
        if (!mayRelease) {
            Span hint = new Span(getTranslation("catalog.release.walidataOnly"));
            hint.addClassNames("text-secondary", "text-s");
            getContent().add(hint);
            return;
        }
        boolean released = visibility == Visibility.PUBLIC;
        TextField note = new TextField(
                getTranslation(released ? "catalog.release.withdrawReason" : "catalog.release.note"));
        note.setId(released ? "withdraw-reason" : "release-note");
        note.setWidth("32em");
        Button action = released
                ? new Button(getTranslation("catalog.release.withdraw"), e -> withdraw.accept(note.getValue()))
                : new Button(getTranslation("catalog.release.release"), e -> release.accept(note.getValue()));
        action.setId(released ? "withdraw" : "release");
        action.addThemeVariants(released ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(note, action);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().add(row, error);
    }

    private String status(Visibility visibility, DatasetMetadata metadata, ZoneId zone) {
        String since = DisplayFormat.dateTime(metadata.releasedAt(), zone, getLocale());
        if (visibility == Visibility.PUBLIC) {
            return getTranslation("catalog.release.status.public", since);
        }
        return metadata.releasedAt() == null ? getTranslation("catalog.release.status.never")
                : getTranslation("catalog.release.status.withdrawn", since);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

}
