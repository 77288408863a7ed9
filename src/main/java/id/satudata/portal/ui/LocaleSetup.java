package id.satudata.portal.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Starts each session in the visitor's chosen language (cookie) or Indonesian, writes it
 * into {@code <html lang>} of the first page, and installs the portal's error handler.
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    private final PortalErrorHandler errorHandler;

    LocaleSetup(PortalErrorHandler errorHandler) {
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(localeOf(init.getRequest()));
            init.getSession().setErrorHandler(errorHandler);
        });
        event.addIndexHtmlRequestListener(response -> response.getDocument()
            .getElementsByTag("html")
            .attr("lang", localeOf(response.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(ui.getUI().getSession().getLocale()));
    }

    static Locale localeOf(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Locales.INDONESIAN;
        }
        return Arrays.stream(cookies)
            .filter(c -> Locales.COOKIE.equals(c.getName()))
            .findFirst()
            .map(c -> Locales.of(c.getValue()))
            .orElse(Locales.INDONESIAN);
    }

}
