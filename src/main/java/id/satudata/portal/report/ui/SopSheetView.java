package id.satudata.portal.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.satudata.portal.report.DocumentFormat;
import id.satudata.portal.report.GeneratedDocument;
import id.satudata.portal.report.SopSheetService;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopTemplate;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/** Lists the SOP templates with their sheets to download as PDF, DOCX or XLSX. */
@Route(value = "app/sop", layout = BackOfficeLayout.class)
@Menu(title = "report.sop.menu", order = 50, icon = "vaadin:file-text-o")
@PermitAll
public class SopSheetView extends VerticalLayout implements HasDynamicTitle {

    private final SopSheetService sheets;

    public SopSheetView(SopService sops, SopSheetService sheets) {
        this.sheets = sheets;
        setId("sop-sheets");
        add(new Paragraph(getTranslation("report.sop.intro")));
        Locale locale = getLocale();
        for (SopTemplate template : sops.templates()) {
            add(card(template, locale));
        }
    }

    private Component card(SopTemplate template, Locale locale) {
        H3 name = new H3(template.name());
        name.addClassNames("text-l", "m-0");
        Span details = new Span(
                template.issuer() + " \u00b7 " + getTranslation("report.sop.steps", template.steps().size()));
        details.addClassNames("text-s", "text-secondary");
        HorizontalLayout downloads = new HorizontalLayout();
        for (DocumentFormat format : new DocumentFormat[] { DocumentFormat.PDF, DocumentFormat.DOCX,
                DocumentFormat.XLSX }) {
            downloads.add(download(template, format, locale));
        }
        Div card = new Div(name, details, downloads);
        card.setId("sop-sheet-" + template.code());
        card.addClassNames("flex", "flex-col", "gap-s", "p-m", "border", "border-contrast-10", "rounded-m",
                "box-border");
        card.setWidthFull();
        return card;
    }

    private Anchor download(SopTemplate template, DocumentFormat format, Locale locale) {
        String code = template.code();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            GeneratedDocument document = sheets.sopSheet(code, format, locale);
            return new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                    document.contentType(), document.content().length);
        }), "");
        String label = getTranslation("report.sop.download", format.name());
        Button button = new Button(label, VaadinIcon.DOWNLOAD_ALT.create());
        button
            .addThemeVariants(format == DocumentFormat.PDF ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.setTabIndex(-1);
        anchor.add(button);
        anchor.setId("sop-sheet-" + code + "-" + format.extension());
        anchor.getElement().setAttribute("aria-label", label + " \u2014 " + template.name());
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.sop.title");
    }

}
