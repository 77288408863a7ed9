package id.satudata.portal.exchange;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pull connectors of datasets: made, listed, switched on and off, and run now, by TEKNIS
 * and ADMINISTRATOR; the {@link PullScheduler} runs them.
 */
@Service
public class PullConnectorService {

    private final PullConnectorRepository connectors;

    private final DatasetService datasets;

    private final CurrentCaller caller;

    private final Clock clock;

    PullConnectorService(PullConnectorRepository connectors, DatasetService datasets, CurrentCaller caller,
            Clock clock) {
        this.connectors = connectors;
        this.datasets = datasets;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Whether the signed-in user manages pull connectors (the back office shows them).
     */
    public boolean mayManage() {
        return caller.get().hasAny(Set.of(Role.TEKNIS, Role.ADMINISTRATOR));
    }

    @Transactional
    public PullConnector create(long datasetId, ConnectorDraft draft) {
        caller.get().requireAnyRole(Role.TEKNIS, Role.ADMINISTRATOR);
        datasets.get(datasetId);
        validate(draft);
        return connectors.insert(datasetId, draft, nextRun(draft.cron()), caller.get().name());
    }

    @Transactional(readOnly = true)
    public List<PullConnector> forDataset(long datasetId) {
        caller.get().requireAnyRole(Role.TEKNIS, Role.ADMINISTRATOR);
        datasets.get(datasetId);
        return connectors.forDataset(datasetId);
    }

    @Transactional(readOnly = true)
    public List<PullAttempt> attempts(long connectorId) {
        connector(connectorId);
        return connectors.attempts(connectorId, 100);
    }

    @Transactional
    public void setEnabled(long connectorId, boolean enabled) {
        PullConnector connector = connector(connectorId);
        connectors.setEnabled(connectorId, enabled, enabled ? nextRun(connector.cron()) : null);
    }

    /** Makes the connector due now (the scheduler's next tick runs it). */
    @Transactional
    public void runNow(long connectorId) {
        PullConnector connector = connector(connectorId);
        if (!connector.enabled()) {
            throw new ValidationException("enabled", "exchange.error.connector.disabled");
        }
        connectors.schedule(connectorId, OffsetDateTime.now(clock), 0);
    }

    private PullConnector connector(long connectorId) {
        caller.get().requireAnyRole(Role.TEKNIS, Role.ADMINISTRATOR);
        PullConnector connector = connectors.find(connectorId)
            .orElseThrow(() -> new NotFoundException("connector", connectorId));
        datasets.get(connector.datasetId());
        return connector;
    }

    private OffsetDateTime nextRun(String cron) {
        ZonedDateTime next = CronExpression.parse(cron).next(ZonedDateTime.now(clock));
        return next == null ? null : next.toOffsetDateTime();
    }

    static void validate(ConnectorDraft draft) {
        try {
            URI uri = URI.create(draft.url().strip());
            if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || draft.url().length() > 2000) {
                throw new IllegalArgumentException();
            }
        }
        catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException("url", "exchange.error.connector.url");
        }
        if (draft.format() == PayloadFormat.XLSX) {
            throw new ValidationException("format", "exchange.error.connector.format");
        }
        if (!CronExpression.isValidExpression(draft.cron())) {
            throw new ValidationException("cron", "exchange.error.connector.cron");
        }
        if (draft.timeoutSeconds() < 1 || draft.timeoutSeconds() > 600) {
            throw new ValidationException("timeoutSeconds", "exchange.error.connector.timeout");
        }
        if (draft.maxRetries() < 0 || draft.maxRetries() > 10) {
            throw new ValidationException("maxRetries", "exchange.error.connector.retries");
        }
        if (draft.backoffSeconds() < 1 || draft.backoffSeconds() > 3600) {
            throw new ValidationException("backoffSeconds", "exchange.error.connector.backoff");
        }
    }

}
