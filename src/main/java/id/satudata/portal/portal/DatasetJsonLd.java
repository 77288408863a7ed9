package id.satudata.portal.portal;

import id.satudata.portal.catalog.DatasetMetadata;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.PublicDataset;
import id.satudata.portal.datastore.schema.SchemaField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Dataset} description of a released dataset (JSON-LD), as Google
 * Dataset Search and other crawlers read it: names, licence, producer, period, variables
 * and the download links.
 */
final class DatasetJsonLd {

    private static final JsonMapper JSON = JsonMapper.shared();

    private DatasetJsonLd() {
    }

    /**
     * The JSON-LD text, safe to put inside a {@code <script>} element ({@code <} is
     * escaped).
     * @param baseUrl scheme, host and port of the portal, without a trailing slash
     */
    static String of(PublicDataset released, String baseUrl, String regionName) {
        DatasetSummary summary = released.summary();
        DatasetMetadata metadata = released.metadata();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org/");
        ld.put("@type", "Dataset");
        ld.put("@id", baseUrl + "/dataset/" + summary.slug());
        ld.put("url", baseUrl + "/dataset/" + summary.slug());
        ld.put("identifier", summary.slug());
        ld.put("name", summary.title());
        ld.put("description", summary.description());
        List<String> keywords = new ArrayList<>(summary.tags());
        keywords.addAll(metadata.keywords());
        if (summary.topic() != null) {
            keywords.add(summary.topic().nameId());
        }
        ld.put("keywords", keywords);
        ld.put("license", summary.licence().url() != null ? summary.licence().url() : summary.licence().title());
        ld.put("isAccessibleForFree", true);
        ld.put("inLanguage", "id");
        Map<String, Object> producer = organisation(summary.organisation().name());
        ld.put("creator", producer);
        ld.put("publisher", organisation("Satu Data " + regionName));
        ld.put("spatialCoverage", Map.of("@type", "Place", "name", regionName));
        if (summary.periodStart() != null) {
            ld.put("temporalCoverage", summary.periodStart() + "/"
                    + (summary.periodEnd() != null ? summary.periodEnd() : summary.periodStart()));
        }
        ld.put("dateCreated", summary.createdAt().toString());
        ld.put("dateModified", summary.modifiedAt().toString());
        if (summary.releasedAt() != null) {
            ld.put("datePublished", summary.releasedAt().toString());
        }
        if (metadata.methodology() != null) {
            ld.put("measurementTechnique", metadata.methodology());
        }
        ld.put("variableMeasured", released.dataset().schema().fields().stream().map(DatasetJsonLd::variable).toList());
        List<Map<String, Object>> distribution = new ArrayList<>();
        for (DownloadFormat format : DownloadFormat.values()) {
            distribution.add(Map.of("@type", "DataDownload", "encodingFormat", format.contentType().split(";")[0],
                    "contentUrl", baseUrl + DownloadController.PATH + summary.slug() + "." + format.extension()));
        }
        ld.put("distribution", distribution);
        return JSON.writeValueAsString(ld).replace("<", "\\u003c");
    }

    private static Map<String, Object> organisation(String name) {
        return Map.of("@type", "GovernmentOrganization", "name", name);
    }

    private static Map<String, Object> variable(SchemaField field) {
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("@type", "PropertyValue");
        variable.put("name", field.title());
        variable.put("propertyID", field.name());
        if (field.unit() != null) {
            variable.put("unitText", field.unit());
        }
        return variable;
    }

}
