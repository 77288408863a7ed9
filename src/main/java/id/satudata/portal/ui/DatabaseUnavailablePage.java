package id.satudata.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.base.error.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The page shown instead of a view that could not be built because PostgreSQL cannot be
 * reached (HTTP 503): what happened in the user's language and a link that tries the same
 * address again. Vaadin picks an error view by the exception's exact class along its
 * causes, hence one small subclass per connection failure Spring reports.
 */
public abstract class DatabaseUnavailablePage extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePage.class);

    DatabaseUnavailablePage() {
        setId("database-unavailable");
        setAlignItems(Alignment.CENTER);
        setPadding(true);
    }

    int show(BeforeEnterEvent event, Exception error) {
        log.warn("Page {} could not be shown: database unavailable ({})", event.getLocation().getPath(),
                error.getMessage());
        removeAll();
        H1 title = new H1(getTranslation("error.databaseUnavailable.title"));
        title.addClassNames("text-2xl", "mt-xl");
        Paragraph text = new Paragraph(getTranslation(DatabaseUnavailable.MESSAGE_KEY));
        text.addClassNames("text-secondary");
        text.setMaxWidth("32rem");
        Anchor retry = new Anchor("/" + event.getLocation().getPathWithQueryParameters(),
                getTranslation("error.retry"));
        retry.setId("database-unavailable-retry");
        retry.addComponentAsFirst(VaadinIcon.REFRESH.create());
        add(VaadinIcon.PLUG.create(), title, text, retry);
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    /** No connection from the pool (Spring JDBC). */
    @AnonymousAllowed
    public static class NoConnection extends DatabaseUnavailablePage
            implements HasErrorParameter<CannotGetJdbcConnectionException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<CannotGetJdbcConnectionException> parameter) {
            return show(event, parameter.getException());
        }

    }

    /** No transaction could begin (no connection). */
    @AnonymousAllowed
    public static class NoTransaction extends DatabaseUnavailablePage
            implements HasErrorParameter<CannotCreateTransactionException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<CannotCreateTransactionException> parameter) {
            return show(event, parameter.getException());
        }

    }

    /** A connection broke or was refused (SQLSTATE 08...). */
    @AnonymousAllowed
    public static class ConnectionLost extends DatabaseUnavailablePage
            implements HasErrorParameter<DataAccessResourceFailureException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<DataAccessResourceFailureException> parameter) {
            return show(event, parameter.getException());
        }

    }

    /** The pool gave up waiting for a connection. */
    @AnonymousAllowed
    public static class ConnectionTimeout extends DatabaseUnavailablePage
            implements HasErrorParameter<TransientDataAccessResourceException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<TransientDataAccessResourceException> parameter) {
            return show(event, parameter.getException());
        }

    }

}
