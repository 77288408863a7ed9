package id.satudata.portal.opd;

/**
 * An organisation (Organisasi Perangkat Daerah) that produces data and asks for
 * integrations.
 */
public record Opd(long id, String code, String name, String shortName) {
}
