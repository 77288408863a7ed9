package id.satudata.portal.registry;

import id.satudata.portal.calendar.CalendarChanged;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.TimeStandard;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recounts the due times of the steps integrations are at when the working calendar
 * changes, in the changing transaction; overdue flags follow, as they compare due times
 * with now. Completed steps keep the due time and lateness they were completed with.
 */
@Component
class DueTimeRecount {

    private final OpenStepRepository steps;

    private final SopService sop;

    private final WorkingCalendar calendar;

    DueTimeRecount(OpenStepRepository steps, SopService sop, WorkingCalendar calendar) {
        this.steps = steps;
        this.sop = sop;
        this.calendar = calendar;
    }

    @EventListener
    void recount(CalendarChanged change) {
        WorkingCalendar changed = calendar.with(change.calendar());
        for (OpenStepRepository.OpenStep open : steps.openSteps()) {
            TimeStandard standard = sop.template(open.templateCode()).step(open.step()).timeStandard();
            var due = changed.dueAt(open.startedAt(), standard);
            if (!due.equals(open.dueAt())) {
                steps.moveDue(open.integrationId(), due);
            }
        }
    }

}
