package id.satudata.portal.registry;

import java.io.InputStream;

/** A document to download: its metadata and its bytes. */
public record DocumentContent(IntegrationDocument document, InputStream stream) {
}
