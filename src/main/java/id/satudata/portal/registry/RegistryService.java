package id.satudata.portal.registry;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.base.audit.AuditLog;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopStep;
import id.satudata.portal.sop.SopTemplate;
import id.satudata.portal.sop.ValidationDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integration registry: requests, step completions along the SOP template, and what
 * the list, detail and overview pages read. Every method checks the signed-in caller: OPD
 * staff see and act on their own OPD's integrations only, staff roles see all; a step is
 * completed by its completer role, or by an ADMINISTRATOR on its behalf (recorded).
 *
 * <p>
 * Errors: {@code NotFoundException} for an unknown id, {@code AccessDeniedException}
 * outside the caller's OPD, {@code ValidationException} for bad input (field and message
 * key), {@code ConflictException} when the integration changed since the caller read it.
 * A failed call changes nothing.
 */
@Service
public class RegistryService {

    /** The largest page {@link #list} returns. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final int MAX_OVERDUE = 1000;

    private final IntegrationWorkflow workflow;

    private final IntegrationRepository integrations;

    private final IntegrationEventRepository events;

    private final IntegrationDocumentRepository documents;

    private final DocumentStorage storage;

    private final SopService sop;

    private final WorkingCalendar calendar;

    private final CurrentCaller caller;

    private final AuditLog audit;

    RegistryService(IntegrationWorkflow workflow, IntegrationRepository integrations, IntegrationEventRepository events,
            IntegrationDocumentRepository documents, DocumentStorage storage, SopService sop, WorkingCalendar calendar,
            CurrentCaller caller, AuditLog audit) {
        this.audit = audit;
        this.workflow = workflow;
        this.integrations = integrations;
        this.events = events;
        this.documents = documents;
        this.storage = storage;
        this.sop = sop;
        this.calendar = calendar;
        this.caller = caller;
    }

    /**
     * Records a new integration request at the template's first step, with a new code
     * (INT-2026-0007). OPD staff may request for their own OPD, staff on any OPD's
     * behalf. Documents (e.g. the surat permohonan) are filed with the first step.
     */
    @Transactional
    public Integration create(NewIntegration request, List<UploadedDocument> documents) {
        return workflow.create(caller.get(), calendar.now(), request, documents);
    }

    /**
     * Completes the integration's current step with an outcome: DONE for an ordinary
     * step, YES or NO for a decision (NO needs a reason in {@code note}). The step's
     * output document must come along when the step requires it (not with NO).
     * @param expectedVersion the version the caller saw; a different one means someone
     * else acted first ({@code ConflictException})
     * @return the integration as it is afterwards
     */
    @Transactional
    public Integration complete(long integrationId, int expectedVersion, Outcome outcome, @Nullable String note,
            List<UploadedDocument> documents) {
        Caller who = caller.get();
        Integration before = workflow.accessible(who, integrationId);
        Integration after = workflow.complete(who, calendar.now(), integrationId, expectedVersion, outcome, note,
                documents);
        if (outcome != Outcome.DONE) {
            audit.decision(who.name(), after.code(), Objects.requireNonNull(before.currentStep()), outcome.name(),
                    note);
        }
        return after;
    }

    /**
     * The decision on the dashboard: the template's decision step whose "yes" validates
     * the integration (Kaltim 11, "data integrasi pada dashboard sesuai?"; Trenggalek:
     * the test step). {@code confirmed} takes its "yes" (VALIDATED), otherwise its "no"
     * with the reason (back to the step the template names). Taken by the step's
     * completer role or an ADMINISTRATOR on its behalf, with the step's output document
     * when the step requires one (not with "no"), as any step completion.
     * @param expectedVersion the version the caller saw ({@code ConflictException} if
     * stale)
     * @param reason required when not confirmed
     * @throws ValidationException when the integration does not stand at its decision
     * step, a return comes without a reason, or a required document is missing
     */
    @Transactional
    public Integration decideValidation(long integrationId, int expectedVersion, boolean confirmed,
            @Nullable String reason, List<UploadedDocument> documents) {
        Caller who = caller.get();
        Integration integration = workflow.accessible(who, integrationId);
        if (!isAtValidationStep(integration)) {
            throw new ValidationException("step", "registry.error.notAtValidation", integration.code());
        }
        Integration after = workflow.complete(who, calendar.now(), integrationId, expectedVersion,
                confirmed ? Outcome.YES : Outcome.NO, reason, documents);
        audit.decision(who.name(), after.code(), Objects.requireNonNull(integration.currentStep()),
                confirmed ? Outcome.YES.name() : Outcome.NO.name(), reason);
        return after;
    }

    /**
     * The template's decision on the dashboard, if the integration stands at it now (see
     * {@link #decideValidation}).
     */
    public Optional<ValidationDecision> pendingDecision(Integration integration) {
        Integer current = integration.currentStep();
        return sop.template(integration.templateCode())
            .validationDecision()
            .filter(d -> current != null && d.step().number() == current);
    }

    /** Whether the integration waits for its decision on the dashboard. */
    public boolean isAtValidationStep(Integration integration) {
        return pendingDecision(integration).isPresent();
    }

    /**
     * What the caller may do on an integration they already read, if anything (see
     * {@link #allowedAction(long)}).
     */
    public Optional<StepAction> allowedAction(Integration integration) {
        Caller who = caller.get();
        who.requireSignedIn();
        if (!who.canSeeOpd(integration.opdId())) {
            return Optional.empty();
        }
        return Optional.ofNullable(actionFor(who, integration, sop.template(integration.templateCode())));
    }

    /**
     * Adds a note or a correction, with optional documents, to the current step; the
     * integration stays where it is. Anyone who may see the integration may add one.
     */
    @Transactional
    public Integration addNote(long integrationId, int expectedVersion, String note, List<UploadedDocument> documents) {
        return workflow.addNote(caller.get(), calendar.now(), integrationId, expectedVersion, note, documents);
    }

    @Transactional(readOnly = true)
    public Integration get(long integrationId) {
        return workflow.accessible(caller.get(), integrationId);
    }

    /** The integration with its timeline, history, documents and the caller's action. */
    @Transactional(readOnly = true)
    public IntegrationDetail detail(long integrationId) {
        Caller who = caller.get();
        Integration integration = workflow.accessible(who, integrationId);
        SopTemplate template = sop.template(integration.templateCode());
        List<IntegrationEvent> history = events.findByIntegration(integrationId);
        List<IntegrationDocument> files = documents.findByIntegration(integrationId);
        Instant now = calendar.now();
        return new IntegrationDetail(integration, template,
                TimelineBuilder.steps(template, integration, history, files, now), history, files,
                TimelineBuilder.total(template, integration, now, calendar), actionFor(who, integration, template),
                now);
    }

    /** What the caller may do on the integration now, if anything. */
    @Transactional(readOnly = true)
    public Optional<StepAction> allowedAction(long integrationId) {
        Caller who = caller.get();
        Integration integration = workflow.accessible(who, integrationId);
        return Optional.ofNullable(actionFor(who, integration, sop.template(integration.templateCode())));
    }

    /**
     * A page of the registry list. For OPD staff the filter is narrowed to their OPD.
     * @param limit at most {@link #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public List<Integration> list(IntegrationFilter filter, IntegrationSort sort, int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE_SIZE) {
            throw new ValidationException("limit", "registry.error.page", MAX_PAGE_SIZE);
        }
        return integrations.list(scoped(filter), calendar.now(), sort, offset, limit);
    }

    /** How many integrations the filter matches. */
    @Transactional(readOnly = true)
    public int count(IntegrationFilter filter) {
        return integrations.count(scoped(filter), calendar.now());
    }

    /**
     * Counts per status and of overdue steps, for the filter without its status and
     * overdue parts (the figures at the top of the list).
     */
    @Transactional(readOnly = true)
    public StatusCounts statusCounts(IntegrationFilter filter) {
        return integrations.counts(scoped(filter), calendar.now()).statuses();
    }

    /**
     * The list's figures in one query: how many integrations the filter matches, and
     * {@link #statusCounts}.
     */
    @Transactional(readOnly = true)
    public ListCounts listCounts(IntegrationFilter filter) {
        return integrations.counts(scoped(filter), calendar.now());
    }

    /** All integrations of an OPD, newest first. */
    @Transactional(readOnly = true)
    public List<Integration> integrationsOf(long opdId) {
        Caller who = caller.get();
        who.requireSignedIn();
        who.requireOpdAccess(opdId);
        return integrations.list(IntegrationFilter.all().withOpd(opdId), calendar.now(), IntegrationSort.newestFirst(),
                0, Integer.MAX_VALUE);
    }

    /**
     * Integrations whose current step is past its due time, longest overdue first (all
     * for staff, their own for OPD staff).
     */
    @Transactional(readOnly = true)
    public List<OverdueStep> overdueSteps() {
        Instant now = calendar.now();
        IntegrationFilter filter = scoped(IntegrationFilter.all().withOverdueOnly(true));
        return integrations.list(filter, now, new IntegrationSort(IntegrationSort.Field.DUE, true), 0, MAX_OVERDUE)
            .stream()
            .map(i -> {
                SopStep step = sop.template(i.templateCode()).step(Objects.requireNonNull(i.currentStep()));
                Instant due = Objects.requireNonNull(i.currentStepDueAt());
                return new OverdueStep(i, step, due, Duration.between(due, now));
            })
            .toList();
    }

    /** The integration's events, oldest first. */
    @Transactional(readOnly = true)
    public List<IntegrationEvent> events(long integrationId) {
        workflow.accessible(caller.get(), integrationId);
        return events.findByIntegration(integrationId);
    }

    /** The integration's documents, in the order they were filed. */
    @Transactional(readOnly = true)
    public List<IntegrationDocument> documents(long integrationId) {
        workflow.accessible(caller.get(), integrationId);
        return documents.findByIntegration(integrationId);
    }

    /** A document's bytes, if the caller may see its integration. */
    @Transactional(readOnly = true)
    public DocumentContent openDocument(long documentId) {
        IntegrationDocument document = documents.find(documentId)
            .orElseThrow(() -> new NotFoundException("document", documentId));
        workflow.accessible(caller.get(), document.integrationId());
        return new DocumentContent(document, storage.open(documentId));
    }

    private IntegrationFilter scoped(IntegrationFilter filter) {
        Caller who = caller.get();
        who.requireSignedIn();
        if (who.isStaff()) {
            return filter;
        }
        if (who.opdId() == null || (filter.opdId() != null && !filter.opdId().equals(who.opdId()))) {
            throw new AccessDeniedException("OPD staff see their own OPD's integrations only");
        }
        return filter.withOpd(who.opdId());
    }

    private static @Nullable StepAction actionFor(Caller who, Integration integration, SopTemplate template) {
        Integer current = integration.currentStep();
        if (current == null) {
            return null;
        }
        SopStep step = template.step(current);
        return StepAuthority.actingFor(step, who)
            .map(acting -> new StepAction(integration.id(), step, template.outcomesOf(current), acting.role(),
                    acting.onBehalf(), step.outputRequired(), integration.version()))
            .orElse(null);
    }

}
