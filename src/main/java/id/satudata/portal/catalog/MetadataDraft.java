package id.satudata.portal.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the metadata form (or an API) gives to describe a dataset. Tags are normalised to
 * lower-case slugs; {@code featured} is kept unchanged unless a walidata role sets it.
 *
 * @param topicCode code of a {@link Topic}, or null
 * @param licenceId id of a {@link Licence}; null means the default CC-BY-4.0
 */
public record MetadataDraft(@Nullable String topicCode, List<String> tags, @Nullable String licenceId,
        @Nullable String walidata, @Nullable Integer periodStart, @Nullable Integer periodEnd, @Nullable String measure,
        @Nullable String unit, @Nullable String concept, @Nullable String definition, @Nullable String methodology,
        @Nullable String classification, @Nullable String estimationLevel, @Nullable String contactName,
        @Nullable String contactEmail, @Nullable String source, List<String> keywords, boolean featured) {

    public MetadataDraft {
        tags = List.copyOf(tags);
        keywords = List.copyOf(keywords);
    }

    /** A draft holding only a topic and tags (the rest empty, default licence). */
    public static MetadataDraft of(@Nullable String topicCode, List<String> tags) {
        return new MetadataDraft(topicCode, tags, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(), false);
    }

    /** The draft of existing metadata, to edit. */
    public static MetadataDraft from(DatasetMetadata m) {
        return new MetadataDraft(m.topic() == null ? null : m.topic().code(), m.tags(), m.licence().id(), m.walidata(),
                m.periodStart(), m.periodEnd(), m.measure(), m.unit(), m.concept(), m.definition(), m.methodology(),
                m.classification(), m.estimationLevel(), m.contactName(), m.contactEmail(), m.source(), m.keywords(),
                m.featured());
    }

}
