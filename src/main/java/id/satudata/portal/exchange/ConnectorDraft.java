package id.satudata.portal.exchange;

import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.PayloadFormat;

/** What the connector form gives. */
public record ConnectorDraft(String url, PayloadFormat format, LoadMode mode, String cron, int timeoutSeconds,
        int maxRetries, int backoffSeconds) {
}
