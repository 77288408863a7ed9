package id.satudata.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import id.satudata.portal.base.error.DatabaseUnavailable;
import id.satudata.portal.base.error.PortalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from services into a notification the user understands, in their
 * language (also "the database cannot be reached, try again shortly" during an outage).
 */
@Component
class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootPortalCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        String message;
        if (cause instanceof PortalException portal) {
            message = ui.getTranslation(portal.messageKey(), portal.arguments());
        }
        else if (cause instanceof AccessDeniedException) {
            message = ui.getTranslation("error.accessDenied");
        }
        else if (DatabaseUnavailable.causedBy(event.getThrowable())) {
            log.warn("UI action failed: database unavailable ({})", event.getThrowable().getMessage());
            message = ui.getTranslation(DatabaseUnavailable.MESSAGE_KEY);
        }
        else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = ui.getTranslation("error.unexpected");
        }
        ui.access(() -> Notifications.error(message));
    }

    private static Throwable rootPortalCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PortalException || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return error;
    }

}
