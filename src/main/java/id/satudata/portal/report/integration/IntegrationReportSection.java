package id.satudata.portal.report.integration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.satudata.portal.registry.DocumentContent;
import id.satudata.portal.registry.IntegrationDetail;
import id.satudata.portal.registry.ui.IntegrationDetailSection;
import id.satudata.portal.report.DocumentFormat;
import id.satudata.portal.report.GeneratedDocument;
import id.satudata.portal.ui.Notifications;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The report section of the integration detail view: the last step's action (write the
 * report, file it and finish), filing a new version, and downloads of the latest filed
 * report and of the report as it stands.
 */
@org.springframework.stereotype.Component
class IntegrationReportSection implements IntegrationDetailSection {

    private final IntegrationReportService reports;

    IntegrationReportSection(IntegrationReportService reports) {
        this.reports = reports;
    }

    @Override
    public Optional<Component> create(IntegrationDetail detail, Runnable refresh) {
        ReportOptions options = reports.options(detail);
        if (!options.view()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        long id = detail.integration().id();
        int version = detail.integration().version();
        Div section = new Div();
        section.setId("integration-report");
        section.addClassNames("registry-panel", "flex", "flex-col", "gap-s");
        H3 heading = new H3(t(ui, "report.integration.panel.title"));
        heading.addClassNames("text-m", "m-0");
        section.add(heading);
        if (options.complete()) {
            section.add(hint(t(ui, "report.integration.panel.completeHint")));
            section.add(button("report-complete", t(ui, "report.integration.panel.complete"), true, () -> {
                reports.completeWithReport(id, version, locale);
                Notifications.success(t(ui, "report.integration.panel.completed"));
                refresh.run();
            }));
        }
        if (options.regenerate()) {
            section.add(button("report-regenerate", t(ui, "report.integration.panel.regenerate", options.filed() + 1),
                    false, () -> {
                        reports.regenerate(id, version, locale);
                        Notifications.success(t(ui, "report.integration.panel.regenerated", options.filed() + 1));
                        refresh.run();
                    }));
        }
        Div downloads = new Div();
        downloads.addClassNames("flex", "flex-wrap", "gap-s");
        if (options.filed() > 0) {
            downloads
                .add(latest(id, DocumentFormat.PDF, t(ui, "report.integration.panel.latest", "PDF", options.filed())));
            downloads.add(
                    latest(id, DocumentFormat.DOCX, t(ui, "report.integration.panel.latest", "DOCX", options.filed())));
        }
        downloads.add(current(id, DocumentFormat.PDF, locale, t(ui, "report.integration.panel.current", "PDF")));
        downloads.add(current(id, DocumentFormat.DOCX, locale, t(ui, "report.integration.panel.current", "DOCX")));
        section.add(downloads);
        return Optional.of(section);
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassNames("text-s", "text-secondary", "m-0");
        return hint;
    }

    private static Button button(String id, String label, boolean primary, Runnable action) {
        Button button = new Button(label, VaadinIcon.FILE_TEXT_O.create());
        button.addClickListener(e -> {
            try {
                action.run();
            }
            finally {
                button.setEnabled(true);
            }
        });
        button.setId(id);
        button.setDisableOnClick(true);
        button.addClassName("self-start");
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Anchor latest(long id, DocumentFormat format, String label) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> reports.latest(id, format).map(c -> {
            DocumentContent content = c;
            return new DownloadResponse(content.stream(), content.document().fileName(),
                    content.document().contentType(), content.document().sizeBytes());
        }).orElseGet(() -> DownloadResponse.error(404))), label);
        anchor.setId("report-latest-" + format.extension());
        return anchor;
    }

    private Anchor current(long id, DocumentFormat format, Locale locale, String label) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            GeneratedDocument document = reports.report(id, format, locale);
            return new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                    document.contentType(), document.content().length);
        }), label);
        anchor.setId("report-current-" + format.extension());
        return anchor;
    }

    private static String t(UI ui, String key, Object... args) {
        return ui.getTranslation(key, args);
    }

}
