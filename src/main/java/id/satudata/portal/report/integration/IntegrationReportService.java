package id.satudata.portal.report.integration;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.base.chart.ChartImageRenderer;
import id.satudata.portal.opd.UserService;
import id.satudata.portal.registry.DocumentContent;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationDetail;
import id.satudata.portal.registry.IntegrationDocument;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.registry.StepAction;
import id.satudata.portal.registry.UploadedDocument;
import id.satudata.portal.report.DocumentFormat;
import id.satudata.portal.report.DocumentWriters;
import id.satudata.portal.report.GeneratedDocument;
import id.satudata.portal.report.ReportDocument;
import id.satudata.portal.report.ReportTexts;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopStep;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Laporan Hasil Integrasi: generated for one integration in the reader's language
 * (DOCX to finish in Word, PDF to sign), and filed as the output document of the SOP's
 * last step, which completes the integration. A finished integration's report can be
 * generated again as a new version; the old ones stay in the registry.
 *
 * <p>
 * OPD staff get the reports of their own OPD's integrations only; staff roles get all.
 * Filing a report is the last step's action: its completer role (Kaltim: the Pejabat
 * Administrator), checked again by the registry.
 */
@Service
public class IntegrationReportService {

    private final RegistryService registry;

    private final IntegrationReportAssembler assembler;

    private final UserService users;

    private final CurrentCaller caller;

    private final MessageSource messages;

    private final ChartImageRenderer charts;

    private final Clock clock;

    IntegrationReportService(RegistryService registry, IntegrationReportAssembler assembler, UserService users,
            CurrentCaller caller, MessageSource messages, ChartImageRenderer charts, Clock clock) {
        this.registry = registry;
        this.assembler = assembler;
        this.users = users;
        this.caller = caller;
        this.messages = messages;
        this.charts = charts;
        this.clock = clock;
    }

    /** The report of the integration as it stands now, not filed anywhere. */
    @Transactional(readOnly = true)
    public GeneratedDocument report(long integrationId, DocumentFormat format, Locale locale) {
        IntegrationDetail detail = visibleDetail(integrationId);
        int version = Math.max(IntegrationReportAssembler.reportsFiled(detail), 1);
        return write(assembler.assemble(detail, null, version, locale), format, locale);
    }

    /**
     * The last step's action: writes the report (PDF and DOCX), files both as the step's
     * output document and completes the step, so the integration is finished.
     * @param expectedVersion the integration version the caller saw
     * @return the finished integration
     * @throws ValidationException when the integration does not stand at its last step
     */
    @Transactional
    public Integration completeWithReport(long integrationId, int expectedVersion, Locale locale) {
        IntegrationDetail detail = visibleDetail(integrationId);
        if (!isAtReportStep(detail)) {
            throw new ValidationException("step", "report.integration.error.notAtLastStep",
                    detail.integration().code());
        }
        StepAction action = detail.allowedAction()
            .orElseThrow(() -> new AccessDeniedException("Not allowed to complete the last step"));
        IntegrationPath.Completion completion = new IntegrationPath.Completion(actorName(), action.actingAs(),
                action.onBehalf(), clock.instant());
        int version = IntegrationReportAssembler.reportsFiled(detail) + 1;
        List<UploadedDocument> files = files(assembler.assemble(detail, completion, version, locale), locale);
        return registry.complete(integrationId, expectedVersion, Outcome.DONE,
                texts(locale).get("report.integration.filed", version), files);
    }

    /**
     * Writes the report of a finished integration again and files it as a new version
     * with the last step (a new event; the earlier reports are kept).
     */
    @Transactional
    public Integration regenerate(long integrationId, int expectedVersion, Locale locale) {
        IntegrationDetail detail = visibleDetail(integrationId);
        requireReportRole(caller.get(), detail);
        if (!detail.integration().isFinished()) {
            throw new ValidationException("step", "report.integration.error.notFinished", detail.integration().code());
        }
        int version = IntegrationReportAssembler.reportsFiled(detail) + 1;
        List<UploadedDocument> files = files(assembler.assemble(detail, null, version, locale), locale);
        return registry.addNote(integrationId, expectedVersion,
                texts(locale).get("report.integration.refiled", version), files);
    }

    /** The latest filed report in the format, if one was filed. */
    @Transactional(readOnly = true)
    public Optional<DocumentContent> latest(long integrationId, DocumentFormat format) {
        IntegrationDetail detail = visibleDetail(integrationId);
        SopStep last = detail.template().steps().getLast();
        return detail.documents()
            .stream()
            .filter(d -> d.stepNo() == last.number() && d.kind().equals(last.outputDocument())
                    && d.contentType().equals(format.contentType()))
            .max(Comparator.comparingLong(IntegrationDocument::id))
            .map(d -> registry.openDocument(d.id()));
    }

    /** What the caller may do with the integration's report now. */
    public ReportOptions options(IntegrationDetail detail) {
        Caller who = caller.get();
        if (!who.canSeeOpd(detail.integration().opdId())) {
            return new ReportOptions(false, false, false, 0);
        }
        boolean complete = isAtReportStep(detail) && detail.allowedAction().isPresent();
        boolean regenerate = detail.integration().isFinished() && hasReportRole(who, detail);
        return new ReportOptions(true, complete, regenerate, IntegrationReportAssembler.reportsFiled(detail));
    }

    private IntegrationDetail visibleDetail(long integrationId) {
        Caller who = caller.get();
        who.requireSignedIn();
        IntegrationDetail detail = registry.detail(integrationId);
        who.requireOpdAccess(detail.integration().opdId());
        return detail;
    }

    private static boolean isAtReportStep(IntegrationDetail detail) {
        Integer current = detail.integration().currentStep();
        return current != null && current == detail.template().steps().getLast().number();
    }

    private static boolean hasReportRole(Caller who, IntegrationDetail detail) {
        return who.has(Role.ADMINISTRATOR)
                || detail.template().steps().getLast().completerRoles().stream().anyMatch(who::has);
    }

    private static void requireReportRole(Caller who, IntegrationDetail detail) {
        if (!hasReportRole(who, detail)) {
            throw new AccessDeniedException("Only the last step's completer files the integration report");
        }
    }

    private List<UploadedDocument> files(IntegrationReportData data, Locale locale) {
        GeneratedDocument pdf = write(data, DocumentFormat.PDF, locale);
        GeneratedDocument docx = write(data, DocumentFormat.DOCX, locale);
        return List.of(new UploadedDocument(pdf.fileName(), pdf.contentType(), pdf.content()),
                new UploadedDocument(docx.fileName(), docx.contentType(), docx.content()));
    }

    private GeneratedDocument write(IntegrationReportData data, DocumentFormat format, Locale locale) {
        ReportTexts texts = texts(locale);
        ReportDocument document = new IntegrationReport(data, texts, charts).document();
        String name = texts.get("report.integration.fileName", data.detail().integration().code(), data.version());
        return new GeneratedDocument(name + "." + format.extension(), format, DocumentWriters.write(document, format));
    }

    private ReportTexts texts(Locale locale) {
        return new ReportTexts(messages, locale);
    }

    private String actorName() {
        Caller who = caller.get();
        try {
            return who.userId() == null ? who.name() : users.loadUserByUsername(who.name()).fullName();
        }
        catch (UsernameNotFoundException e) {
            return who.name();
        }
    }

}
