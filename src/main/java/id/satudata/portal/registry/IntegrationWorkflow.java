package id.satudata.portal.registry;

import id.satudata.portal.base.error.ConflictException;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.opd.UserService;
import id.satudata.portal.security.Caller;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopStep;
import id.satudata.portal.sop.SopTemplate;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands of the registry for a given caller at a given time: the service passes the
 * signed-in caller and the clock's now, the demo data back-dated times. Every change of
 * an integration row comes with a new event in the same transaction.
 */
@Component
class IntegrationWorkflow {

    static final int MAX_NOTE_LENGTH = 4000;

    /**
     * The kind of documents filed with a new request (data, as the SOPs name documents).
     */
    static final String REQUEST_DOCUMENT = "Surat Permohonan";

    private final IntegrationRepository integrations;

    private final IntegrationEventRepository events;

    private final IntegrationDocumentRepository documents;

    private final DocumentInspector inspector;

    private final DocumentStorage storage;

    private final SopService sop;

    private final OpdService opds;

    private final UserService users;

    private final WorkingCalendar calendar;

    IntegrationWorkflow(IntegrationRepository integrations, IntegrationEventRepository events,
            IntegrationDocumentRepository documents, DocumentInspector inspector, DocumentStorage storage,
            SopService sop, OpdService opds, UserService users, WorkingCalendar calendar) {
        this.integrations = integrations;
        this.events = events;
        this.documents = documents;
        this.inspector = inspector;
        this.storage = storage;
        this.sop = sop;
        this.opds = opds;
        this.users = users;
        this.calendar = calendar;
    }

    @Transactional
    Integration create(Caller caller, Instant at, NewIntegration request, List<UploadedDocument> uploads) {
        caller.requireSignedIn();
        StepAuthority.Acting acting = StepAuthority.requesting(caller);
        NewIntegration clean = IntegrationRequests.validated(request);
        opds.get(clean.opdId());
        caller.requireOpdAccess(clean.opdId());
        SopTemplate template = sop.template(clean.templateCode());
        List<InspectedDocument> inspected = inspector.inspectAll(uploads, REQUEST_DOCUMENT);
        int year = at.atZone(calendar.zone()).getYear();
        String code = "INT-%d-%04d".formatted(year, integrations.nextNumber(year));
        IntegrationState state = StepMachine.start(template, at, calendar);
        long id = integrations.insert(code, clean, at, caller.userId(), state);
        String actor = actorName(caller);
        long eventId = events.append(new IntegrationEvent(0, id, EventKind.CREATED, at, caller.userId(), actor,
                acting.role(), acting.onBehalf(), null, null, state.currentStep(), state.status(), null, null, false));
        file(id, eventId, template.firstStep().number(), inspected, caller, actor, at);
        return load(id);
    }

    @Transactional
    Integration complete(Caller caller, Instant at, long integrationId, int expectedVersion, Outcome outcome,
            @Nullable String note, List<UploadedDocument> uploads) {
        Integration integration = accessible(caller, integrationId);
        checkVersion(integration, expectedVersion);
        SopTemplate template = sop.template(integration.templateCode());
        SopStep step = StepMachine.currentStep(template, integration);
        StepAuthority.Acting acting = StepAuthority.actingFor(step, caller)
            .orElseThrow(() -> new ValidationException("role", "registry.error.role", step.number()));
        String actor = actorName(caller);
        StepMachine.Move move = StepMachine.complete(template, integration, outcome, cleanNote(note), at, actor,
                calendar);
        List<InspectedDocument> inspected = inspector.inspectAll(uploads, move.step().outputDocument());
        if (inspected.isEmpty() && StepMachine.requiresDocument(move.step(), outcome)) {
            throw new ValidationException("documents", "registry.error.documentRequired", move.step().number(),
                    move.step().outputDocument());
        }
        if (!integrations.update(integrationId, expectedVersion, move.state())) {
            throw new ConflictException("registry.error.conflict", integration.code());
        }
        long eventId = events.append(new IntegrationEvent(0, integrationId, EventKind.STEP_COMPLETED, at,
                caller.userId(), actor, acting.role(), acting.onBehalf(), move.step().number(), outcome,
                move.state().currentStep(), move.state().status(), cleanNote(note), move.stepDueAt(), move.late()));
        file(integrationId, eventId, move.step().number(), inspected, caller, actor, at);
        return load(integrationId);
    }

    /**
     * Adds a note or a correction (with documents) to the current step, or to the last
     * one of a finished integration; nothing moves.
     */
    @Transactional
    Integration addNote(Caller caller, Instant at, long integrationId, int expectedVersion, String note,
            List<UploadedDocument> uploads) {
        Integration integration = accessible(caller, integrationId);
        checkVersion(integration, expectedVersion);
        String text = cleanNote(note);
        if (text == null) {
            throw new ValidationException("note", "registry.error.noteRequired");
        }
        SopTemplate template = sop.template(integration.templateCode());
        SopStep step = integration.currentStep() == null ? template.steps().getLast()
                : template.step(integration.currentStep());
        List<InspectedDocument> inspected = inspector.inspectAll(uploads, step.outputDocument());
        if (!integrations.update(integrationId, expectedVersion, IntegrationState.of(integration))) {
            throw new ConflictException("registry.error.conflict", integration.code());
        }
        StepAuthority.Acting acting = StepAuthority.actingFor(step, caller)
            .orElseGet(() -> StepAuthority.requesting(caller));
        String actor = actorName(caller);
        long eventId = events
            .append(new IntegrationEvent(0, integrationId, EventKind.NOTE, at, caller.userId(), actor, acting.role(),
                    false, step.number(), null, integration.currentStep(), integration.status(), text, null, false));
        file(integrationId, eventId, step.number(), inspected, caller, actor, at);
        return load(integrationId);
    }

    /** The integration, if the caller may see it. */
    Integration accessible(Caller caller, long integrationId) {
        caller.requireSignedIn();
        Integration integration = load(integrationId);
        caller.requireOpdAccess(integration.opdId());
        return integration;
    }

    private Integration load(long integrationId) {
        return integrations.find(integrationId).orElseThrow(() -> new NotFoundException("integration", integrationId));
    }

    private static void checkVersion(Integration integration, int expectedVersion) {
        if (integration.version() != expectedVersion) {
            throw new ConflictException("registry.error.conflict", integration.code());
        }
    }

    private static @Nullable String cleanNote(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = note.strip();
        if (text.length() > MAX_NOTE_LENGTH) {
            throw new ValidationException("note", "registry.error.noteTooLong", MAX_NOTE_LENGTH);
        }
        return text;
    }

    private void file(long integrationId, long eventId, int stepNo, List<InspectedDocument> inspected, Caller caller,
            String actor, Instant at) {
        for (InspectedDocument d : inspected) {
            long documentId = documents.insert(new IntegrationDocument(0, integrationId, eventId, stepNo, d.kind(),
                    d.fileName(), d.contentType(), d.content().length, d.sha256(), caller.userId(), actor, at));
            storage.store(documentId, d.content());
        }
    }

    /** The full name of a signed-in user, else the caller's name. */
    private String actorName(Caller caller) {
        if (caller.userId() == null) {
            return caller.name();
        }
        try {
            return users.loadUserByUsername(caller.name()).fullName();
        }
        catch (UsernameNotFoundException e) {
            return caller.name();
        }
    }

}
