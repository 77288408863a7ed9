package id.satudata.portal.registry;

/**
 * How many integrations of a template count as returned to a step ("dikembalikan ke
 * langkah N").
 */
public record ReturnCount(String templateCode, int toStep, int integrations) {

}
