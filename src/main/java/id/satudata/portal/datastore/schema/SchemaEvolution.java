package id.satudata.portal.datastore.schema;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.DataTables;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.schema.DataLoss.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Takes a loaded dataset's table from one schema to the next without losing values
 * silently: counts what each step would lose or what stands in its way before touching
 * the table, refuses what cannot be done (with the column, the count and the first rows),
 * asks for confirmation of losses, then applies the steps. Runs inside the service's
 * transaction, with the dataset's row locked (loads wait).
 */
@Component
public class SchemaEvolution {

    private final ColumnChecks checks;

    private final DataTables tables;

    private final ApplicationEventPublisher events;

    SchemaEvolution(ColumnChecks checks, DataTables tables, ApplicationEventPublisher events) {
        this.checks = checks;
        this.tables = tables;
        this.events = events;
    }

    /** Applies the change to the locked dataset's table and returns its steps. */
    public List<SchemaStep> apply(Dataset current, SchemaChange change) {
        List<SchemaStep> steps = SchemaSteps.between(current.schema(), change);
        boolean loaded = tables.exists(current.id());
        List<DataLoss> losses = loaded ? check(current.id(), change, steps) : List.of();
        if (!losses.isEmpty() && !losses.equals(change.acceptedLosses())) {
            throw new SchemaChangeNeedsConfirmation(losses);
        }
        Set<String> emptied = losses.stream()
            .filter(l -> l.kind() == Kind.UNCONVERTIBLE)
            .map(DataLoss::field)
            .collect(Collectors.toSet());
        tables.change(current.id(), current.schema(), change.schema(), steps, emptied);
        Map<String, String> renamed = new HashMap<>();
        steps.stream().filter(s -> s.kind() == SchemaStep.Kind.RENAME).forEach(s -> renamed.put(s.detail(), s.field()));
        if (!renamed.isEmpty()) {
            events.publishEvent(new DatasetFieldsRenamed(current.id(), renamed));
        }
        return steps;
    }

    /**
     * The losses the steps would cause; throws for what cannot be done at all: a required
     * field whose values do not convert or that has empty values, a key with repeated
     * values.
     */
    private List<DataLoss> check(long datasetId, SchemaChange change, List<SchemaStep> steps) {
        TableSchema after = change.schema();
        List<DataLoss> losses = new ArrayList<>();
        Set<String> newlyRequired = new HashSet<>();
        for (SchemaStep step : steps) {
            switch (step.kind()) {
                case DROP -> {
                    var values = checks.values(datasetId, step.field());
                    if (values.any()) {
                        losses.add(new DataLoss(step.field(), Kind.DROP, values.count(), values.samples()));
                    }
                }
                case RETYPE -> {
                    SchemaField field = after.field(step.field()).orElseThrow();
                    var bad = checks.unconvertible(datasetId, change.previousName(field.name()), field.type());
                    if (bad.any() && field.required()) {
                        throw new ValidationException("fields", "datastore.error.schema.typeChange", field.name(),
                                field.type(), bad.count(), samples(bad.samples()));
                    }
                    if (bad.any()) {
                        losses.add(new DataLoss(field.name(), Kind.UNCONVERTIBLE, bad.count(), bad.samples()));
                    }
                }
                case REQUIRE -> newlyRequired.add(step.field());
                case ADD -> {
                    if (after.field(step.field()).orElseThrow().required() && checks.hasRows(datasetId)) {
                        throw new ValidationException("fields", "datastore.error.schema.requiredAdded", step.field());
                    }
                }
                default -> {
                    // renames, adds, reorders and descriptions keep every value
                }
            }
        }
        for (String name : newlyRequired) {
            var empty = checks.empty(datasetId, change.previousName(name));
            if (empty.any()) {
                throw new ValidationException("fields", "datastore.error.schema.requiredHasEmpty", name, empty.count(),
                        rows(empty.samples()));
            }
        }
        boolean keyChanged = steps.stream().anyMatch(s -> s.kind() == SchemaStep.Kind.KEY);
        if (keyChanged && !after.primaryKey().isEmpty()) {
            var repeated = checks.repeatedKeys(datasetId,
                    after.primaryKey().stream().map(change::previousName).toList());
            if (repeated.any()) {
                throw new ValidationException("primaryKey", "datastore.error.schema.keyNotUnique",
                        String.join(", ", after.primaryKey()), repeated.count(), samples(repeated.samples()));
            }
        }
        return losses;
    }

    /** "5 ("---"), 9 ("n/a")": rows and values for a message. */
    static String samples(List<DataLoss.Sample> samples) {
        return samples.stream().map(s -> s.row() + " (\"" + s.value() + "\")").collect(Collectors.joining(", "));
    }

    private static String rows(List<DataLoss.Sample> samples) {
        return samples.stream().map(s -> Long.toString(s.row())).collect(Collectors.joining(", "));
    }

}
