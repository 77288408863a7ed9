package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import id.satudata.portal.catalog.DatasetMetadata;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.PublicDataset;
import id.satudata.portal.datastore.schema.SchemaField;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Satu Data Indonesia metadata of a released dataset as a definition list, with the
 * Indonesian (or English) labels of the MS-Ind items; missing items show a dash.
 */
class MetadataPanel extends DescriptionList {

    MetadataPanel(PublicDataset released, ZoneId zone) {
        setId("metadata");
        addClassName("metadata");
        Locale locale = getLocale();
        DatasetSummary s = released.summary();
        DatasetMetadata m = released.metadata();
        item("title", s.title());
        item("description", s.description());
        item("organisation", new Anchor(OrganisationView.path(s.organisation().code()), s.organisation().name()));
        item("walidata", m.walidata());
        item("topic", s.topic() == null ? null : new Anchor(TopicView.path(s.topic().code()), s.topic().name(locale)));
        item("tags", s.tags().isEmpty() ? null : String.join(", ", s.tags()));
        item("keywords", m.keywords().isEmpty() ? null : String.join(", ", m.keywords()));
        item("licence",
                s.licence().url() == null ? s.licence().title() : new Anchor(s.licence().url(), s.licence().title()));
        item("frequency", getTranslation("portal.frequency." + s.updateFrequency().name()));
        String period = PortalFormat.period(s);
        item("period", period.isEmpty() ? null : period);
        item("measure", m.measure());
        item("unit", m.unit());
        item("concept", m.concept());
        item("definition", m.definition());
        item("methodology", m.methodology());
        item("classification", m.classification());
        item("estimationLevel", m.estimationLevel());
        item("contact", contact(m));
        item("source", m.source());
        item("rows", PortalFormat.number(s.rowCount(), locale));
        item("columns", columns(released.dataset().schema().fields()));
        item("created", PortalFormat.date(s.createdAt(), zone, locale));
        item("released", s.releasedAt() == null ? null : PortalFormat.date(s.releasedAt(), zone, locale));
        item("updated", PortalFormat.date(s.modifiedAt(), zone, locale));
    }

    private @Nullable Component contact(DatasetMetadata m) {
        if (m.contactName() == null && m.contactEmail() == null) {
            return null;
        }
        Span contact = new Span();
        if (m.contactName() != null) {
            contact.add(new Text(m.contactName() + (m.contactEmail() == null ? "" : " · ")));
        }
        if (m.contactEmail() != null) {
            contact.add(new Anchor("mailto:" + m.contactEmail(), m.contactEmail()));
        }
        return contact;
    }

    private static @Nullable String columns(List<SchemaField> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        return fields.stream()
            .map(f -> f.unit() == null ? f.title() : f.title() + " (" + f.unit() + ")")
            .collect(Collectors.joining(", "));
    }

    private void item(String key, @Nullable Object value) {
        Component shown = switch (value) {
            case null -> new Text(getTranslation("portal.meta.empty"));
            case String text when text.isBlank() -> new Text(getTranslation("portal.meta.empty"));
            case String text -> new Text(text);
            case Component component -> component;
            default -> new Text(value.toString());
        };
        Span cell = new Span(shown);
        cell.setId("meta-" + key);
        add(new Term(getTranslation("portal.meta." + key)), new Description(cell));
    }

}
