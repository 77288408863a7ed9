package id.satudata.portal.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Satu Data Indonesia metadata of a dataset (Perpres 39/2019; the MS-Ind items a
 * dataset page shows). Title, description, OPD (produsen data) and update frequency are
 * the dataset's own record.
 *
 * @param topic the topic (sector), null until chosen
 * @param walidata the walidata unit answerable for the dataset
 * @param periodStart first year covered by the data
 * @param periodEnd last year covered by the data
 * @param measure ukuran (what is measured)
 * @param unit satuan
 * @param concept konsep
 * @param definition definisi
 * @param methodology metode or rumus perhitungan
 * @param classification klasifikasi penyajian (by kabupaten/kota, by sex, ...)
 * @param estimationLevel level estimasi (provinsi, kabupaten/kota, ...)
 * @param keywords free search words (tags are the facet labels)
 * @param featured shown on the public home page
 * @param releasedAt when it was last released; null when never released
 * @param updatedAt when the metadata last changed; null when never described
 */
public record DatasetMetadata(long datasetId, @Nullable Topic topic, List<String> tags, Licence licence,
        @Nullable String walidata, @Nullable Integer periodStart, @Nullable Integer periodEnd, @Nullable String measure,
        @Nullable String unit, @Nullable String concept, @Nullable String definition, @Nullable String methodology,
        @Nullable String classification, @Nullable String estimationLevel, @Nullable String contactName,
        @Nullable String contactEmail, @Nullable String source, List<String> keywords, boolean featured,
        @Nullable OffsetDateTime releasedAt, @Nullable OffsetDateTime updatedAt) {

    public DatasetMetadata {
        tags = List.copyOf(tags);
        keywords = List.copyOf(keywords);
    }

}
