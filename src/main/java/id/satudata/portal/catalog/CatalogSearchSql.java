package id.satudata.portal.catalog;

import static id.satudata.portal.jooq.Tables.CATALOG_LICENCE;
import static id.satudata.portal.jooq.Tables.CATALOG_TOPIC;
import static id.satudata.portal.jooq.Tables.DATASET;
import static id.satudata.portal.jooq.Tables.DATASET_COUNTER;
import static id.satudata.portal.jooq.Tables.DATASET_TAG;
import static id.satudata.portal.jooq.Tables.OPD;

import id.satudata.portal.opd.Opd;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link CatalogSearch} into SQL over {@link CatalogRows#described()}: the filter
 * tree into one condition, the order into ORDER BY with the UUID as the last key.
 */
final class CatalogSearchSql {

    /** The OPD's code as {@link Opd#slug()} computes it, in SQL. */
    static final Field<String> OPD_SLUG = DSL.lower(DSL.replace(OPD.CODE, DSL.inline("."), DSL.inline("-")));

    private CatalogSearchSql() {
    }

    static Condition condition(CatalogFilter filter) {
        return switch (filter) {
            case CatalogFilter.All all -> DSL.and(all.parts().stream().map(CatalogSearchSql::condition).toList());
            case CatalogFilter.Any any -> any.parts().isEmpty() ? DSL.falseCondition()
                    : DSL.or(any.parts().stream().map(CatalogSearchSql::condition).toList());
            case CatalogFilter.Not not -> DSL.not(condition(not.part()));
            case CatalogFilter.Term term -> term.value().equals("*") ? DSL.trueCondition() : term(term);
            case CatalogFilter.Range range -> range(range);
        };
    }

    static Condition ranked(@Nullable List<Long> ranked) {
        return ranked == null ? DSL.noCondition() : DATASET.ID.eq(DSL.any(ranked.toArray(Long[]::new)));
    }

    private static Condition term(CatalogFilter.Term term) {
        String value = term.value();
        return switch (term.field()) {
            case ID -> id(value);
            case NAME -> DATASET.SLUG.eq(value);
            case ORGANIZATION -> OPD_SLUG.eq(Opd.slugOf(value));
            case GROUPS -> CATALOG_TOPIC.CODE.eq(value.toLowerCase(Locale.ROOT));
            case TAGS -> DSL.exists(DSL.selectOne()
                .from(DATASET_TAG)
                .where(DATASET_TAG.DATASET_ID.eq(DATASET.ID))
                .and(DATASET_TAG.TAG.eq(value)));
            case LICENSE_ID -> DSL.lower(CATALOG_LICENCE.ID).eq(value.toLowerCase(Locale.ROOT));
            case RES_FORMAT -> constant(formatExists(value));
            case CAPACITY -> constant(value.equalsIgnoreCase("public"));
            case STATE -> constant(value.equalsIgnoreCase("active"));
            case DATASET_TYPE -> constant(value.equalsIgnoreCase("dataset"));
            case METADATA_MODIFIED, METADATA_CREATED, TITLE, VIEWS ->
                throw new IllegalArgumentException("no term filter on " + term.field());
        };
    }

    private static Condition id(String value) {
        try {
            return DATASET.UUID.eq(UUID.fromString(value));
        }
        catch (IllegalArgumentException notUuid) {
            return value.matches("\\d{1,18}") ? DATASET.ID.eq(Long.parseLong(value)) : DSL.falseCondition();
        }
    }

    private static boolean formatExists(String value) {
        for (ResourceKind kind : ResourceKind.values()) {
            if (kind.name().equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private static Condition constant(boolean holds) {
        return holds ? DSL.trueCondition() : DSL.falseCondition();
    }

    private static Condition range(CatalogFilter.Range range) {
        Field<OffsetDateTime> time = switch (range.field()) {
            case METADATA_MODIFIED -> CatalogRows.MODIFIED_AT;
            case METADATA_CREATED -> DATASET.CREATED_AT;
            default -> throw new IllegalArgumentException("no range filter on " + range.field());
        };
        Condition condition = DSL.noCondition();
        if (range.from() != null) {
            condition = condition.and(range.fromInclusive() ? time.ge(range.from()) : time.gt(range.from()));
        }
        if (range.to() != null) {
            condition = condition.and(range.toInclusive() ? time.le(range.to()) : time.lt(range.to()));
        }
        return condition;
    }

    static List<SortField<?>> order(List<CatalogSearch.Order> order, @Nullable List<Long> ranked) {
        List<SortField<?>> fields = new ArrayList<>();
        for (CatalogSearch.Order key : order) {
            Field<?> field = key.field() == null ? rank(ranked) : sortKey(key.field());
            if (field != null) {
                fields.add(key.descending() ? field.desc() : field.asc());
            }
        }
        fields.add(DATASET.UUID.asc());
        return fields;
    }

    /** Position in the text search's ranking (smaller is better); null without words. */
    private static @Nullable Field<Integer> rank(@Nullable List<Long> ranked) {
        return ranked == null ? null : DSL.field("array_position({0}, {1})", Integer.class,
                DSL.val(ranked.toArray(Long[]::new)), DATASET.ID);
    }

    private static Field<?> sortKey(CatalogField field) {
        return switch (field) {
            case ID -> DATASET.UUID;
            case NAME -> DATASET.SLUG;
            case METADATA_MODIFIED -> CatalogRows.MODIFIED_AT;
            case METADATA_CREATED -> DATASET.CREATED_AT;
            case TITLE -> DSL.lower(DATASET.TITLE);
            case VIEWS -> DSL.coalesce(DATASET_COUNTER.VIEWS, 0L);
            default -> throw new IllegalArgumentException("cannot sort by " + field);
        };
    }

}
