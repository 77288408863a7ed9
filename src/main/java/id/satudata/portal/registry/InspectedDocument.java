package id.satudata.portal.registry;

/**
 * An uploaded document that passed the checks: a clean file name, its kind, the type
 * found in its content and its SHA-256.
 */
record InspectedDocument(String fileName, String kind, String contentType, byte[] content, String sha256) {
}
