package id.satudata.portal.report;

import id.satudata.portal.base.chart.ChartImageRenderer;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopTemplate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The SOP sheets ("Lembar SOP"): one document per SOP template, in the reader's language,
 * as DOCX, PDF or XLSX. For signed-in users.
 */
@Service
public class SopSheetService {

    private final SopService sops;

    private final CurrentCaller caller;

    private final MessageSource messages;

    private final ChartImageRenderer charts;

    private final Clock clock;

    SopSheetService(SopService sops, CurrentCaller caller, MessageSource messages, ChartImageRenderer charts,
            Clock clock) {
        this.sops = sops;
        this.caller = caller;
        this.messages = messages;
        this.charts = charts;
        this.clock = clock;
    }

    public GeneratedDocument sopSheet(String templateCode, DocumentFormat format, Locale locale) {
        caller.get().requireSignedIn();
        SopTemplate template = sops.template(templateCode);
        ReportTexts texts = new ReportTexts(messages, locale);
        ReportDocument document = new SopSheet(template, texts, charts, ZonedDateTime.now(clock)).document();
        String name = texts.get("report.sop.fileName", template.code().toLowerCase(Locale.ROOT).replace('_', '-'));
        return new GeneratedDocument(name + "." + format.extension(), format, DocumentWriters.write(document, format));
    }

}
