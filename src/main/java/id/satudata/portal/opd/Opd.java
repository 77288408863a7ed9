package id.satudata.portal.opd;

import java.util.Locale;

/**
 * An organisation (Organisasi Perangkat Daerah) that produces data and asks for
 * integrations.
 */
public record Opd(long id, String code, String name, String shortName) {

    /**
     * The code as a lower-case name ({@code DISNAKERTRANS} → {@code disnakertrans},
     * {@code DINAS.PU} → {@code dinas-pu}): what CKAN's name rule
     * {@code ^[a-z0-9_-]{2,100}$} accepts, so harvesters can create the organisation on
     * their side.
     */
    public String slug() {
        return slugOf(code);
    }

    /** The lower-case name of a code (or of a name already lower-case: unchanged). */
    public static String slugOf(String code) {
        return code.toLowerCase(Locale.ROOT).replace('.', '-');
    }

}
