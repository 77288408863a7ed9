package id.satudata.portal.catalog;

import java.util.Locale;

/**
 * A topic (sector) of the catalogue, such as kesehatan or pendidikan.
 *
 * @param code URL-safe name, used in links and facets
 */
public record Topic(long id, String code, String nameId, String nameEn, String icon, int position) {

    /** The name in the language of the locale (Indonesian unless English). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }

}
