package id.satudata.portal.report.periodic;

import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.base.chart.ChartImageRenderer;
import id.satudata.portal.report.DocumentFormat;
import id.satudata.portal.report.DocumentWriters;
import id.satudata.portal.report.GeneratedDocument;
import id.satudata.portal.report.ReportDocument;
import id.satudata.portal.report.ReportTexts;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.SopService;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province-wide periodic report for a month, quarter or year: integrations by state
 * and step, time-standard compliance per step, returns and their reasons, released
 * datasets and loads per OPD; as DOCX, PDF, or its tables as XLSX. For staff roles.
 */
@Service
public class PeriodicReportService {

    private final PeriodicFactsReader reader;

    private final SopService sops;

    private final CurrentCaller caller;

    private final MessageSource messages;

    private final ChartImageRenderer charts;

    private final PortalProperties properties;

    private final Clock clock;

    PeriodicReportService(PeriodicFactsReader reader, SopService sops, CurrentCaller caller, MessageSource messages,
            ChartImageRenderer charts, PortalProperties properties, Clock clock) {
        this.reader = reader;
        this.sops = sops;
        this.caller = caller;
        this.messages = messages;
        this.charts = charts;
        this.properties = properties;
        this.clock = clock;
    }

    /** The figures of the period (times in the clock's zone). */
    @Transactional(readOnly = true)
    public PeriodicFacts facts(ReportPeriod period) {
        caller.get().requireAnyRole(Role.ADMINISTRATOR, Role.PENGAWAS, Role.TEKNIS, Role.KEPALA_DINAS);
        return reader.read(period.start(clock.getZone()).toInstant(), period.end(clock.getZone()).toInstant());
    }

    /** The report of the period in the format and language. */
    @Transactional(readOnly = true)
    public GeneratedDocument report(ReportPeriod period, DocumentFormat format, Locale locale) {
        PeriodicFacts facts = facts(period);
        ReportTexts texts = new ReportTexts(messages, locale);
        ReportDocument document = new PeriodicReport(period, facts, properties.regionName(), texts, sops, charts,
                ZonedDateTime.now(clock), format == DocumentFormat.XLSX)
            .document();
        String name = texts.get("report.periodic.fileName", period.slug());
        return new GeneratedDocument(name + "." + format.extension(), format, DocumentWriters.write(document, format));
    }

}
