package id.satudata.portal.api.ckan;

import id.satudata.portal.api.PublicLinks;
import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.DatasetMetadata;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.Licence;
import id.satudata.portal.catalog.ResourceKind;
import id.satudata.portal.catalog.Topic;
import id.satudata.portal.opd.Opd;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * CKAN's dictionaries (package, resource, organization, group, tag) of the public
 * catalogue, with CKAN's keys ({@code package_dictize} after the show schema).
 */
@Component
class CkanDicts {

    /** CKAN writes naive UTC timestamps with microseconds. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private final PublicLinks links;

    CkanDicts(PublicLinks links) {
        this.links = links;
    }

    static @Nullable String timestamp(@Nullable OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(TIMESTAMP);
    }

    /**
     * The package dict; {@code metadata} null gives the list form (no contact, extras).
     */
    Map<String, @Nullable Object> pack(DatasetSummary s, @Nullable DatasetMetadata metadata) {
        Map<String, @Nullable Object> p = new LinkedHashMap<>();
        p.put("id", s.uuid().toString());
        p.put("name", s.slug());
        p.put("title", s.title().strip());
        p.put("type", "dataset");
        p.put("state", "active");
        p.put("private", false);
        p.put("notes", s.description());
        p.put("url", links.dataset(s.slug()));
        p.put("version", null);
        p.put("author", s.organisation().name());
        p.put("author_email", null);
        p.put("maintainer", metadata == null ? null : metadata.contactName());
        p.put("maintainer_email", metadata == null ? null : metadata.contactEmail());
        p.put("creator_user_id", null);
        licence(p, s.licence());
        p.put("owner_org", String.valueOf(s.organisation().id()));
        p.put("organization", organization(s.organisation(), null));
        p.put("metadata_created", timestamp(s.createdAt()));
        p.put("metadata_modified", timestamp(s.modifiedAt()));
        List<Map<String, @Nullable Object>> resources = resources(s);
        p.put("num_resources", resources.size());
        p.put("num_tags", s.tags().size());
        p.put("resources", resources);
        p.put("tags", s.tags().stream().map(CkanDicts::tag).toList());
        p.put("extras", extras(s, metadata));
        p.put("groups", s.topic() == null ? List.of() : List.of(groupRef(s.topic())));
        p.put("relationships_as_subject", List.of());
        p.put("relationships_as_object", List.of());
        return p;
    }

    private static void licence(Map<String, @Nullable Object> p, Licence licence) {
        p.put("license_id", licence.id());
        p.put("license_title", licence.title());
        if (licence.url() != null) {
            p.put("license_url", licence.url());
        }
        p.put("isopen", licence.open());
    }

    /**
     * The resources: the CSV, JSON and XLSX downloads of the whole table and the
     * datastore API (the CSV's and the API's {@code datastore_active}: datastore_search
     * reads the table by either's id).
     */
    List<Map<String, @Nullable Object>> resources(DatasetSummary s) {
        return Arrays.stream(ResourceKind.values()).map(kind -> resource(s, kind)).toList();
    }

    Map<String, @Nullable Object> resource(DatasetSummary s, ResourceKind kind) {
        boolean api = kind == ResourceKind.API;
        Map<String, @Nullable Object> r = new LinkedHashMap<>();
        r.put("id", s.resourceIds().of(kind).toString());
        r.put("package_id", s.uuid().toString());
        r.put("url", api ? links.api("/api/3/action/datastore_search?resource_id=" + s.resourceIds().api())
                : links.download(s.slug(), kind.extension()));
        r.put("format", kind.name());
        r.put("description", api ? "DataStore API (datastore_search)" : "Seluruh tabel, " + kind.name());
        r.put("name", s.title().strip() + " (" + kind.name() + ")");
        r.put("position", kind.ordinal());
        r.put("resource_type", api ? "api" : "file");
        r.put("mimetype", kind.mediaType());
        r.put("mimetype_inner", null);
        r.put("size", null);
        r.put("hash", "");
        r.put("created", timestamp(s.createdAt()));
        r.put("last_modified", timestamp(s.lastLoadAt()));
        r.put("metadata_modified", timestamp(s.modifiedAt()));
        r.put("cache_url", null);
        r.put("cache_last_updated", null);
        r.put("url_type", null);
        r.put("state", "active");
        r.put("datastore_active", kind.datastore());
        return r;
    }

    private static Map<String, @Nullable Object> tag(String name) {
        Map<String, @Nullable Object> t = new LinkedHashMap<>();
        t.put("id", name);
        t.put("name", name);
        t.put("display_name", name);
        t.put("state", "active");
        t.put("vocabulary_id", null);
        return t;
    }

    private static List<Map<String, String>> extras(DatasetSummary s, @Nullable DatasetMetadata m) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("produsen_data", s.organisation().name());
        values.put("kode_opd", s.organisation().code());
        values.put("frekuensi", s.updateFrequency().name());
        values.put("periode_awal", s.periodStart());
        values.put("periode_akhir", s.periodEnd());
        values.put("jumlah_baris", s.rowCount());
        if (m != null) {
            values.put("walidata", m.walidata());
            values.put("ukuran", m.measure());
            values.put("satuan", m.unit());
            values.put("konsep", m.concept());
            values.put("definisi", m.definition());
            values.put("metodologi", m.methodology());
            values.put("klasifikasi_penyajian", m.classification());
            values.put("level_estimasi", m.estimationLevel());
            values.put("sumber", m.source());
        }
        List<Map<String, String>> extras = new ArrayList<>();
        values.forEach((key, value) -> {
            if (value != null) {
                extras.add(Map.of("key", key, "value", value.toString()));
            }
        });
        return extras;
    }

    Map<String, @Nullable Object> organization(Opd opd, @Nullable Long packageCount) {
        Map<String, @Nullable Object> o = new LinkedHashMap<>();
        o.put("id", String.valueOf(opd.id()));
        o.put("name", opd.slug());
        o.put("title", opd.name());
        o.put("display_name", opd.name());
        o.put("type", "organization");
        o.put("description", opd.shortName());
        o.put("image_url", "");
        o.put("image_display_url", "");
        o.put("created", null);
        o.put("is_organization", true);
        o.put("approval_status", "approved");
        o.put("state", "active");
        // the OPD's code as people write it (DINKES); the name is its lower-case form
        o.put("extras", List.of(Map.of("key", "kode_opd", "value", opd.code())));
        if (packageCount != null) {
            o.put("package_count", packageCount);
            o.put("num_followers", 0);
        }
        return o;
    }

    Map<String, @Nullable Object> organization(Counted<Opd> counted) {
        return organization(counted.item(), counted.datasets());
    }

    private static Map<String, @Nullable Object> groupRef(Topic topic) {
        Map<String, @Nullable Object> g = new LinkedHashMap<>();
        g.put("id", String.valueOf(topic.id()));
        g.put("name", topic.code());
        g.put("title", topic.nameId());
        g.put("display_name", topic.nameId());
        g.put("description", topic.nameEn());
        g.put("image_display_url", "");
        return g;
    }

    Map<String, @Nullable Object> group(Counted<Topic> counted) {
        Map<String, @Nullable Object> g = groupRef(counted.item());
        g.put("type", "group");
        g.put("image_url", "");
        g.put("created", null);
        g.put("is_organization", false);
        g.put("approval_status", "approved");
        g.put("state", "active");
        g.put("package_count", counted.datasets());
        g.put("num_followers", 0);
        return g;
    }

}
