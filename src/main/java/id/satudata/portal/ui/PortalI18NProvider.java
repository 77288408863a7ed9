package id.satudata.portal.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Lets Vaadin's {@code getTranslation} read the portal's message bundles. */
@Component
class PortalI18NProvider implements I18NProvider {

    private final MessageSource messages;

    PortalI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Locales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale);
        }
        catch (NoSuchMessageException e) {
            // visible in the UI and caught by the bundle test, never silently empty
            return "!" + key;
        }
    }

}
