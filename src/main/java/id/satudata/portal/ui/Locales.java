package id.satudata.portal.ui;

import java.util.List;
import java.util.Locale;

/** The languages of the portal: Indonesian first, English second. */
public final class Locales {

    public static final Locale INDONESIAN = Locale.of("id");

    public static final Locale ENGLISH = Locale.ENGLISH;

    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    /** Cookie remembering a visitor's choice between visits. */
    public static final String COOKIE = "satudata-lang";

    private Locales() {
    }

    /** The supported locale for a language tag, Indonesian for anything else. */
    public static Locale of(String languageTag) {
        return SUPPORTED.stream()
            .filter(l -> l.getLanguage().equals(Locale.forLanguageTag(languageTag).getLanguage()))
            .findFirst()
            .orElse(INDONESIAN);
    }

}
