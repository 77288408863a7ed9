package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.satudata.portal.catalog.DatasetSummary;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A dataset in a list: title (link), producer, topic, description and key facts. */
class DatasetCard extends Div {

    DatasetCard(DatasetSummary summary, ZoneId zone) {
        this(summary, zone, null, null);
    }

    /**
     * A search result: title and description passage with the matches marked (HTML
     * escaped by the search, only {@code <mark>} added).
     */
    DatasetCard(DatasetSummary summary, ZoneId zone, @Nullable String titleHtml, @Nullable String snippetHtml) {
        addClassName("dataset-card");
        Locale locale = getLocale();
        Anchor title = new Anchor();
        title.setHref(DatasetView.path(summary.slug()));
        title.addClassName("dataset-card-title");
        if (titleHtml != null && !titleHtml.isBlank()) {
            title.getElement().setProperty("innerHTML", titleHtml);
        }
        else {
            title.setText(summary.title());
        }
        H3 heading = new H3(title);
        Div source = new Div();
        source.addClassName("dataset-card-source");
        source.add(new Anchor(OrganisationView.path(summary.organisation().code()), summary.organisation().name()));
        if (summary.topic() != null) {
            Anchor topic = new Anchor(TopicView.path(summary.topic().code()), summary.topic().name(locale));
            topic.addClassName("topic-badge");
            source.add(topic);
        }
        Paragraph description = new Paragraph();
        description.addClassName("dataset-card-description");
        if (snippetHtml != null && !snippetHtml.isBlank()) {
            description.getElement().setProperty("innerHTML", snippetHtml);
        }
        else {
            description.setText(summary.description());
        }
        add(heading, source, description, facts(summary, zone, locale));
    }

    private Div facts(DatasetSummary summary, ZoneId zone, Locale locale) {
        List<String> facts = new ArrayList<>();
        String period = PortalFormat.period(summary);
        if (!period.isEmpty()) {
            facts.add(getTranslation("portal.card.period", period));
        }
        facts.add(getTranslation("portal.card.rows", PortalFormat.number(summary.rowCount(), locale)));
        facts.add(getTranslation("portal.card.updated", PortalFormat.date(summary.modifiedAt(), zone, locale)));
        facts.add(getTranslation("portal.card.views", PortalFormat.number(summary.views(), locale)));
        Div line = new Div();
        line.addClassName("dataset-card-facts");
        facts.forEach(f -> line.add(new Span(f)));
        summary.tags().forEach(tag -> {
            Span chip = new Span(tag);
            chip.addClassName("tag-chip");
            line.add(chip);
        });
        return line;
    }

}
