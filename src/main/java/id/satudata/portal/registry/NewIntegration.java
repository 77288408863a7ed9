package id.satudata.portal.registry;

/**
 * What an OPD asks to integrate (Kaltim steps 1-2): a title, the requesting OPD, the
 * OPD's application or system, a description of its data and information, and the SOP
 * template to follow.
 */
public record NewIntegration(String title, long opdId, String applicationName, String dataDescription,
        String templateCode) {
}
