package id.satudata.portal.datastore.ingest;

import id.satudata.portal.datastore.DatastoreProperties;
import id.satudata.portal.datastore.ingest.LoadRepository.VersionLoad;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reproduces what a dataset held under one of its schema versions from the kept payloads
 * of the loads accepted under it: each payload is read again with that version's schema,
 * in the order the loads ran, applying their modes (append adds, replace starts again,
 * upsert replaces the rows whose key it names). Rows loaded under earlier versions are
 * not part of it (their payloads were read with another schema); {@link Summary} says
 * whether the version started from an empty dataset. The caller checks who may read.
 */
@Component
public class VersionReplay {

    private final LoadRepository loads;

    private final PayloadStore payloads;

    private final DatastoreProperties properties;

    private final Clock clock;

    VersionReplay(LoadRepository loads, PayloadStore payloads, DatastoreProperties properties, Clock clock) {
        this.loads = loads;
        this.payloads = payloads;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What can be reproduced of a version: how many loads it had, whether the first of
     * them started from nothing (a replace, or no accepted load before it), and the loads
     * whose payload is not kept.
     */
    public record Summary(int loads, boolean fromStart, List<Long> withoutPayload) {

        public boolean reproducible() {
            return loads > 0 && withoutPayload.isEmpty();
        }

    }

    public Summary summary(long datasetId, int version) {
        List<VersionLoad> under = loads.acceptedUnder(datasetId, version);
        boolean fromStart = under.isEmpty() || under.get(0).mode() == LoadMode.REPLACE
                || !loads.acceptedBefore(datasetId, under.get(0).id());
        return new Summary(under.size(), fromStart,
                under.stream().filter(l -> l.payloadPath() == null).map(VersionLoad::id).toList());
    }

    /**
     * The rows, typed as the version's schema reads them, in the dataset's order (an
     * upserted row keeps its place). Throws when a kept payload no longer reads (it was
     * accepted once: a missing or damaged file).
     */
    public List<@Nullable Object[]> rows(long datasetId, int version, TableSchema schema) {
        Map<Object, @Nullable Object[]> rows = new LinkedHashMap<>();
        long serial = 0;
        for (VersionLoad load : loads.acceptedUnder(datasetId, version)) {
            if (load.payloadPath() == null) {
                throw new IllegalStateException("Load " + load.id() + " kept no payload");
            }
            if (load.mode() == LoadMode.REPLACE) {
                rows.clear();
            }
            for (Object[] row : read(load, schema)) {
                rows.put(schema.primaryKey().isEmpty() ? (Object) serial++ : key(schema, row), row);
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static List<Object> key(TableSchema schema, @Nullable Object[] row) {
        List<Object> key = new ArrayList<>();
        for (SchemaField field : schema.keyFields()) {
            key.add(row[schema.fields().indexOf(field)]);
        }
        return key;
    }

    private List<@Nullable Object[]> read(VersionLoad load, TableSchema schema) {
        LoadReport report = new LoadReport();
        RowChecker checker = new RowChecker(schema, clock.getZone(), report);
        List<@Nullable Object[]> rows = new ArrayList<>();
        try (InputStream kept = payloads.open(load.payloadPath());
                BodyReader body = BodyReader.kept(kept, load.format(), properties.maxRowChars())) {
            SchemaRows open = body.rows(schema);
            for (String[] texts = open.next(report); texts != null; texts = open.next(report)) {
                rows.add(checker.check(open.row(), texts));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (report.errorCount() > 0) {
            throw new IllegalStateException("The payload of load " + load.id() + " no longer reads: "
                    + Arrays.toString(report.errors().stream().limit(3).toArray()));
        }
        return rows;
    }

}
