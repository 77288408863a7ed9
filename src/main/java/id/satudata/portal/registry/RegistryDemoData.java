package id.satudata.portal.registry;

import id.satudata.portal.calendar.CalendarRules;
import id.satudata.portal.demo.DemoContext;
import id.satudata.portal.demo.DemoDataContributor;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.opd.UserService;
import id.satudata.portal.registry.DemoStory.Leg;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopStep;
import id.satudata.portal.sop.SopTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The registry's demo: {@link RegistryDemoStories} played through the real workflow by
 * the demo accounts, back-dated on working days over the last months, with generated
 * documents for the completed steps.
 */
@Component
class RegistryDemoData implements DemoDataContributor {

    private final IntegrationWorkflow workflow;

    private final SopService sop;

    private final OpdService opds;

    private final UserService users;

    private final CalendarRules rules;

    /** A step to complete, and whether it is a second visit (then done quicker). */
    private record PlannedMove(SopStep step, Outcome outcome, @Nullable String note, boolean revisit) {
    }

    RegistryDemoData(IntegrationWorkflow workflow, SopService sop, OpdService opds, UserService users,
            CalendarRules rules) {
        this.workflow = workflow;
        this.sop = sop;
        this.opds = opds;
        this.users = users;
        this.rules = rules;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void contribute(DemoContext context) {
        DemoTimeline timeline = new DemoTimeline(context.clock().instant(), context.clock().getZone(),
                rules.current()::isWorkingDay);
        Map<String, Opd> byCode = opds.list().stream().collect(Collectors.toMap(Opd::code, Function.identity()));
        Map<String, PortalUser> accounts = new HashMap<>();
        Function<String, PortalUser> caller = username -> accounts.computeIfAbsent(username, users::loadUserByUsername);
        for (DemoStory story : RegistryDemoStories.all()) {
            Opd opd = Objects.requireNonNull(byCode.get(story.opdCode()), story.opdCode());
            play(story, opd, context, timeline, caller);
        }
    }

    private void play(DemoStory story, Opd opd, DemoContext context, DemoTimeline timeline,
            Function<String, PortalUser> caller) {
        SopTemplate template = sop.template(story.template());
        List<PlannedMove> moves = plan(template, story.legs());
        int[] durations = durations(moves, context);
        int total = java.util.Arrays.stream(durations).sum();
        int end = timeline.now() - (int) Math.round(story.idleDays() * DemoTimeline.DAY);
        int earliest = 2 * DemoTimeline.DAY;
        if (end - total < earliest) {
            double scale = (double) (end - earliest) / total;
            for (int i = 0; i < durations.length; i++) {
                durations[i] = Math.max(5, (int) (durations[i] * scale));
            }
            total = java.util.Arrays.stream(durations).sum();
        }
        int minute = end - total;
        String opdUser = "opd." + opd.code().toLowerCase(Locale.ROOT);
        Caller requester = caller.apply(story.byStaff() ? "admin" : opdUser).toCaller();
        Instant createdAt = timeline.at(minute);
        Integration integration = workflow.create(requester, createdAt,
                new NewIntegration(story.title(), opd.id(), story.application(), story.description(), story.template()),
                List.of(DemoDocuments.request(opd.code(), story.title(), opd.name(), story.application(), createdAt,
                        context.clock().getZone())));
        for (int i = 0; i < moves.size(); i++) {
            PlannedMove move = moves.get(i);
            minute += durations[i];
            Instant at = timeline.at(minute);
            PortalUser actor = caller.apply(actorOf(move.step(), opdUser, context));
            List<UploadedDocument> documents = StepMachine.requiresDocument(move.step(), move.outcome())
                    ? List.of(DemoDocuments.forStep(move.step(), integration.code(), story.title(), actor.fullName(),
                            at, context.clock().getZone()))
                    : List.of();
            integration = workflow.complete(actor.toCaller(), at, integration.id(), integration.version(),
                    move.outcome(), move.note(), documents);
        }
    }

    /** The moves the legs make, walking the template's transitions. */
    private static List<PlannedMove> plan(SopTemplate template, List<Leg> legs) {
        List<PlannedMove> moves = new ArrayList<>();
        Set<Integer> visited = new HashSet<>();
        Integer current = template.firstStep().number();
        for (Leg leg : legs) {
            while (current != null && leg.kind() != Leg.Kind.NO
                    && !(leg.kind() == Leg.Kind.TO && current == leg.step())) {
                SopStep step = template.step(current);
                Outcome outcome = step.isDecision() ? Outcome.YES : Outcome.DONE;
                moves.add(new PlannedMove(step, outcome, null, !visited.add(current)));
                current = template.requireTransition(current, outcome).toStep();
            }
            if (leg.kind() == Leg.Kind.NO && current != null) {
                moves.add(new PlannedMove(template.step(current), Outcome.NO, leg.reason(), !visited.add(current)));
                current = template.requireTransition(current, Outcome.NO).toStep();
            }
        }
        return moves;
    }

    /**
     * Office minutes each move takes: mostly well within the time standard, sometimes
     * late, quicker on a second visit.
     */
    private static int[] durations(List<PlannedMove> moves, DemoContext context) {
        int[] minutes = new int[moves.size()];
        for (int i = 0; i < minutes.length; i++) {
            double factor = 0.3 + 0.6 * context.random().nextDouble();
            if (context.random().nextDouble() < 0.12) {
                factor = 1.15 + 0.4 * context.random().nextDouble();
            }
            if (moves.get(i).revisit()) {
                factor = Math.min(factor, 0.1 + 0.2 * context.random().nextDouble());
            }
            minutes[i] = Math.max(5, (int) (DemoTimeline.minutesOf(moves.get(i).step().timeStandard()) * factor));
        }
        return minutes;
    }

    private static String actorOf(SopStep step, String opdUser, DemoContext context) {
        if (!step.completerRoles().contains(Role.ADMINISTRATOR) && context.random().nextDouble() < 0.06) {
            return "admin";
        }
        return switch (step.completerRoles().getFirst()) {
            case OPD -> opdUser;
            case ADMINISTRATOR -> "admin";
            case TEKNIS -> context.random().nextBoolean() ? "teknis" : "teknis2";
            case PENGAWAS -> "pengawas";
            case KEPALA_DINAS -> "kadis";
        };
    }

}
