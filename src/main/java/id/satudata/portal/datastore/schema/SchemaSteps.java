package id.satudata.portal.datastore.schema;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.schema.SchemaStep.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Splits a schema change into its steps: add, rename, retype, reorder, drop, set/unset
 * required or key, and descriptions (title, unit, role). A field keeps its identity
 * through a rename by the previous name the change gives for it.
 */
final class SchemaSteps {

    private final TableSchema before;

    private final TableSchema after;

    private final SchemaChange change;

    private final List<SchemaStep> steps = new ArrayList<>();

    private SchemaSteps(TableSchema before, SchemaChange change) {
        this.before = before;
        this.after = change.schema();
        this.change = change;
    }

    /** The steps from the current schema to the wanted one, in the order they apply. */
    static List<SchemaStep> between(TableSchema before, SchemaChange change) {
        SchemaSteps diff = new SchemaSteps(before, change);
        diff.checkRenames();
        diff.collect();
        return List.copyOf(diff.steps);
    }

    /**
     * A rename must start from a field of the current schema, and two fields cannot both
     * take over the same one.
     */
    private void checkRenames() {
        Set<String> sources = new HashSet<>();
        change.previousNames().forEach((to, from) -> {
            if (after.field(to).isEmpty() || before.field(from).isEmpty() || !sources.add(from)) {
                throw new ValidationException("fields", "datastore.error.schema.badRename", from, to);
            }
        });
    }

    private void collect() {
        Map<String, SchemaField> kept = new LinkedHashMap<>();
        for (SchemaField field : after.fields()) {
            before.field(change.previousName(field.name())).ifPresent(old -> kept.put(field.name(), old));
        }
        Set<String> keptOldNames = new HashSet<>();
        kept.values().forEach(old -> keptOldNames.add(old.name()));
        for (SchemaField gone : before.fields()) {
            if (!keptOldNames.contains(gone.name())) {
                steps.add(new SchemaStep(Kind.DROP, gone.name(), null));
            }
        }
        for (SchemaField field : after.fields()) {
            SchemaField old = kept.get(field.name());
            if (old == null) {
                steps.add(new SchemaStep(Kind.ADD, field.name(), field.type().frictionless()));
                continue;
            }
            compare(old, field);
        }
        List<String> oldOrder = before.fields().stream().map(SchemaField::name).filter(keptOldNames::contains).toList();
        List<String> newOrder = kept.values().stream().map(SchemaField::name).toList();
        if (!oldOrder.equals(newOrder)) {
            steps.add(new SchemaStep(Kind.REORDER, "",
                    String.join(",", after.fields().stream().map(SchemaField::name).toList())));
        }
        List<String> oldKey = before.primaryKey();
        List<String> newKey = after.primaryKey().stream().map(change::previousName).toList();
        if (!oldKey.equals(newKey)) {
            steps.add(new SchemaStep(Kind.KEY, String.join(",", after.primaryKey()), String.join(",", oldKey)));
        }
        if (!before.missingValues().equals(after.missingValues())) {
            steps.add(new SchemaStep(Kind.MISSING_VALUES, "", String.join(" ", after.missingValues())));
        }
    }

    private void compare(SchemaField old, SchemaField field) {
        if (!old.name().equals(field.name())) {
            steps.add(new SchemaStep(Kind.RENAME, field.name(), old.name()));
        }
        if (old.type() != field.type()) {
            steps.add(new SchemaStep(Kind.RETYPE, field.name(),
                    old.type().frictionless() + " -> " + field.type().frictionless()));
        }
        if (old.required() != field.required()) {
            steps.add(new SchemaStep(field.required() ? Kind.REQUIRE : Kind.UNREQUIRE, field.name(), null));
        }
        if (!old.title().equals(field.title()) || !Objects.equals(old.unit(), field.unit())
                || old.role() != field.role()) {
            steps.add(new SchemaStep(Kind.DESCRIBE, field.name(), null));
        }
    }

}
