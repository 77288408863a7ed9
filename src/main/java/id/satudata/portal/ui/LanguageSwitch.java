package id.satudata.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/**
 * "ID | EN": switches the whole UI between Indonesian and English and remembers the
 * choice.
 */
public class LanguageSwitch extends HorizontalLayout {

    public LanguageSwitch() {
        setId("language-switch");
        setSpacing(false);
        addClassName("gap-xs");
        setAlignItems(Alignment.CENTER);
        add(button(Locales.INDONESIAN, "ID"), new Span("|"), button(Locales.ENGLISH, "EN"));
    }

    private Button button(Locale locale, String label) {
        Button button = new Button(label, e -> choose(locale));
        button.setId("lang-" + locale.getLanguage());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        // the accessible name starts with the visible text (WCAG 2.5.3 label in name)
        button.getElement()
            .setAttribute("aria-label", label + " – " + getTranslation("language." + locale.getLanguage()));
        button.getElement().setAttribute("lang", locale.getLanguage());
        boolean current = locale.getLanguage().equals(getLocale().getLanguage());
        button.getElement().setAttribute("aria-pressed", String.valueOf(current));
        if (current) {
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
        return button;
    }

    static void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        if (VaadinService.getCurrentResponse() != null) {
            Cookie cookie = new Cookie(Locales.COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        ui.getPage().reload();
    }

}
