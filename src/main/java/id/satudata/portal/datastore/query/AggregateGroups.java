package id.satudata.portal.datastore.query;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Record;

/** An aggregate's result row: the group's keys as text, then its value. */
final class AggregateGroups {

    private AggregateGroups() {
    }

    static AggregationResult.Group of(Record r, int keys) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            values.add((String) r.get(i));
        }
        Object value = r.get(keys);
        return new AggregationResult.Group(values, value == null ? null : ((Number) value).doubleValue());
    }

}
