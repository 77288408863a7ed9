package id.satudata.portal.api.dcat;

import static id.satudata.portal.api.dcat.DcatVocabulary.*;

import id.satudata.portal.api.PublicLinks;
import id.satudata.portal.catalog.CatalogField;
import id.satudata.portal.catalog.CatalogFilter;
import id.satudata.portal.catalog.CatalogPage;
import id.satudata.portal.catalog.CatalogSearch;
import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.DatasetMetadata;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.Licence;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.Topic;
import id.satudata.portal.opd.Opd;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The DCAT-AP 3 catalogue of the released datasets as an RDF model: the dcat:Catalog
 * (publisher: the walidata), one dcat:Dataset per released dataset (publisher: its OPD as
 * foaf:Agent; topic as skos:Concept of the portal's skos:ConceptScheme; period as
 * dct:PeriodOfTime; contact as vcard:Kind) with CSV/JSON/XLSX distributions and the
 * datastore API (dcat:DataService). Every node another node refers to is typed, as the
 * DCAT-AP class-range shapes ask.
 */
@Component
public class DcatCatalog {

    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private final PublicCatalog catalog;

    private final PublicLinks links;

    private final String regionName;

    DcatCatalog(PublicCatalog catalog, PublicLinks links, id.satudata.portal.base.config.PortalProperties portal) {
        this.catalog = catalog;
        this.links = links;
        this.regionName = portal.regionName();
    }

    /** Datasets per page of the feed, as ckanext-dcat's default. */
    public static final int PAGE_SIZE = 100;

    /**
     * Which page of the feed: its number (from 1), the format's file extension (for the
     * page links) and, for incremental harvests, the earliest change to include.
     */
    public record Page(int number, String extension, @Nullable OffsetDateTime modifiedSince) {
    }

    /**
     * One page of the catalogue (read from the public catalogue only): the catalogue's
     * own description, up to {@link #PAGE_SIZE} datasets in the order they were created
     * (new ones go to the end, so a harvester paging through misses none), and a
     * hydra:PagedCollection node with the first, previous, next and last page and the
     * total, as ckanext-dcat writes it. Only this page is read from the database.
     */
    public Model model(Page request) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("vcard", VCARD);
        m.setNsPrefix("hydra", HYDRA);
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        String base = links.base();
        Resource root = m.createResource(base + "/api/dcat/catalog", CATALOG)
            .addProperty(DCTerms.title, m.createLiteral("Satu Data " + regionName, "id"))
            .addProperty(DCTerms.description,
                    m.createLiteral("Katalog data terbuka Satu Data " + regionName + " (dataset yang telah dirilis).",
                            "id"))
            .addProperty(DCTerms.publisher, agent(m, base + "/#walidata", "Walidata " + regionName))
            .addProperty(m.createProperty(FOAF, "homepage"), document(m, base + "/"))
            .addProperty(DCTerms.language, language(m));
        Resource scheme = topics(m, base);
        root.addProperty(THEME_TAXONOMY, scheme);
        Resource service = m.createResource(base + "/api/3/action", DATA_SERVICE)
            .addProperty(DCTerms.title, m.createLiteral("CKAN Action API v3 (datastore_search)", "en"))
            .addProperty(ENDPOINT_URL, web(m, base + "/api/3/action"))
            .addProperty(ENDPOINT_DESCRIPTION, web(m, base + "/api/openapi.json"));
        root.addProperty(SERVICE, service);
        catalog.lastModified().ifPresent(latest -> root.addProperty(DCTerms.modified, dateTime(m, latest)));
        CatalogFilter filter = request.modifiedSince() == null ? CatalogFilter.everything()
                : new CatalogFilter.Range(CatalogField.METADATA_MODIFIED, request.modifiedSince(), true, null, false);
        CatalogPage<DatasetSummary> page = catalog
            .search(new CatalogSearch(filter, List.of(new CatalogSearch.Order(CatalogField.METADATA_CREATED, false)),
                    null, (request.number() - 1) * PAGE_SIZE, PAGE_SIZE));
        Map<Long, DatasetMetadata> metadata = catalog.metadata(page.items().stream().map(DatasetSummary::id).toList());
        for (DatasetSummary summary : page.items()) {
            Resource dataset = dataset(m, base, summary, metadata.get(summary.id()), service);
            root.addProperty(DATASET, dataset);
            service.addProperty(SERVES_DATASET, dataset);
        }
        paging(m, request, page.total());
        return m;
    }

    /** ckanext-dcat's paging node: page addresses as literals, counts as integers. */
    private void paging(Model m, Page request, long total) {
        long last = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Resource collection = m.createResource(pageUrl(request, request.number()), PAGED_COLLECTION)
            .addLiteral(TOTAL_ITEMS, m.createTypedLiteral(total, XSDDatatype.XSDinteger))
            .addLiteral(ITEMS_PER_PAGE, m.createTypedLiteral(PAGE_SIZE, XSDDatatype.XSDinteger))
            .addProperty(FIRST_PAGE, pageUrl(request, 1))
            .addProperty(LAST_PAGE, pageUrl(request, last));
        if (request.number() < last) {
            collection.addProperty(NEXT_PAGE, pageUrl(request, request.number() + 1));
        }
        if (request.number() > 1) {
            collection.addProperty(PREVIOUS_PAGE, pageUrl(request, Math.min(request.number() - 1, last)));
        }
    }

    private String pageUrl(Page request, long number) {
        UriComponentsBuilder url = UriComponentsBuilder
            .fromUriString(links.base() + "/api/dcat/catalog." + request.extension())
            .queryParam("page", number);
        if (request.modifiedSince() != null) {
            url.queryParam("modified_since", request.modifiedSince().withOffsetSameInstant(ZoneOffset.UTC).toString());
        }
        return url.build().encode().toUriString();
    }

    private Resource topics(Model m, String base) {
        Resource scheme = m.createResource(base + "/api/dcat/topics", SKOS.ConceptScheme)
            .addProperty(DCTerms.title, m.createLiteral("Topik Satu Data", "id"))
            .addProperty(SKOS.prefLabel, m.createLiteral("Topik Satu Data", "id"));
        for (Counted<Topic> topic : catalog.topics(true)) {
            concept(m, base, topic.item(), scheme);
        }
        return scheme;
    }

    private static Resource concept(Model m, String base, Topic topic, Resource scheme) {
        return m.createResource(base + "/api/dcat/topics/" + topic.code(), SKOS.Concept)
            .addProperty(SKOS.prefLabel, m.createLiteral(topic.nameId(), "id"))
            .addProperty(SKOS.prefLabel, m.createLiteral(topic.nameEn(), "en"))
            .addProperty(SKOS.notation, topic.code())
            .addProperty(SKOS.inScheme, scheme);
    }

    private Resource dataset(Model m, String base, DatasetSummary s, @Nullable DatasetMetadata metadata,
            Resource service) {
        String page = links.dataset(s.slug());
        Resource d = m.createResource(page + "#dataset", DATASET_CLASS)
            .addProperty(DCTerms.title, m.createLiteral(s.title().strip(), "id"))
            .addProperty(DCTerms.description, m.createLiteral(s.description(), "id"))
            .addProperty(DCTerms.identifier, s.slug())
            .addProperty(DCTerms.modified, dateTime(m, s.modifiedAt()))
            .addProperty(DCTerms.publisher, publisher(m, s.organisation()))
            .addProperty(LANDING_PAGE, document(m, page))
            .addProperty(DCTerms.language, language(m))
            .addProperty(DCTerms.accrualPeriodicity,
                    m.createResource(frequency(s.updateFrequency()), DCTerms.Frequency));
        if (s.releasedAt() != null) {
            d.addProperty(DCTerms.issued, dateTime(m, s.releasedAt()));
        }
        s.tags().forEach(tag -> d.addProperty(KEYWORD, m.createLiteral(tag, "id")));
        if (s.topic() != null) {
            d.addProperty(THEME, m.createResource(base + "/api/dcat/topics/" + s.topic().code()));
        }
        if (s.periodStart() != null || s.periodEnd() != null) {
            Resource period = m.createResource(DCTerms.PeriodOfTime);
            if (s.periodStart() != null) {
                period.addProperty(START_DATE, m.createTypedLiteral(s.periodStart() + "-01-01", XSDDatatype.XSDdate));
            }
            if (s.periodEnd() != null) {
                period.addProperty(END_DATE, m.createTypedLiteral(s.periodEnd() + "-12-31", XSDDatatype.XSDdate));
            }
            d.addProperty(DCTerms.temporal, period);
        }
        if (metadata != null) {
            contact(m, metadata).ifPresent(c -> d.addProperty(CONTACT_POINT, c));
        }
        Resource licence = licence(m, base, s.licence());
        distribution(m, d, s, "csv", "CSV", "text/csv", licence);
        distribution(m, d, s, "json", "JSON", "application/json", licence);
        distribution(m, d, s, "xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                licence);
        Resource api = m.createResource(page + "#api", DISTRIBUTION_CLASS)
            .addProperty(DCTerms.title, m.createLiteral(s.title().strip() + " (API)", "id"))
            .addProperty(ACCESS_URL, web(m, base + "/api/3/action/datastore_search?resource_id=" + s.slug()))
            .addProperty(ACCESS_SERVICE, service)
            .addProperty(DCTerms.format, m.createResource(EU + "file-type/JSON", DCTerms.MediaTypeOrExtent))
            .addProperty(DCTerms.license, licence);
        d.addProperty(DISTRIBUTION, api);
        return d;
    }

    private void distribution(Model m, Resource dataset, DatasetSummary s, String extension, String format,
            String mediaType, Resource licence) {
        Resource file = web(m, links.download(s.slug(), extension));
        Resource distribution = m.createResource(links.dataset(s.slug()) + "#" + extension, DISTRIBUTION_CLASS)
            .addProperty(DCTerms.title, m.createLiteral(s.title().strip() + " (" + format + ")", "id"))
            .addProperty(ACCESS_URL, file)
            .addProperty(DOWNLOAD_URL, file)
            .addProperty(DCTerms.format, m.createResource(EU + "file-type/" + format, DCTerms.MediaTypeOrExtent))
            .addProperty(MEDIA_TYPE,
                    m.createResource("http://www.iana.org/assignments/media-types/" + mediaType, DCTerms.MediaType))
            .addProperty(DCTerms.license, licence);
        if (s.lastLoadAt() != null) {
            distribution.addProperty(DCTerms.modified, dateTime(m, s.lastLoadAt()));
        }
        dataset.addProperty(DISTRIBUTION, distribution);
    }

    private static Resource licence(Model m, String base, Licence licence) {
        String iri = licence.url() != null ? licence.url() : base + "/api/dcat/licences/" + licence.id();
        return m.createResource(iri, DCTerms.LicenseDocument)
            .addProperty(DCTerms.title, licence.title())
            .addProperty(DCTerms.identifier, licence.id());
    }

    private Resource publisher(Model m, Opd opd) {
        return agent(m, links.organisation(opd.code()) + "#agent", opd.name());
    }

    private static Resource agent(Model m, String iri, String name) {
        return m.createResource(iri, m.createResource(FOAF + "Agent"))
            .addProperty(m.createProperty(FOAF, "name"), m.createLiteral(name, "id"));
    }

    private static Resource document(Model m, String iri) {
        return m.createResource(iri, m.createResource(FOAF + "Document"));
    }

    /** A web address as a node; DCAT-AP wants it typed rdfs:Resource. */
    private static Resource web(Model m, String iri) {
        return m.createResource(iri, RDFS.Resource);
    }

    private static Resource language(Model m) {
        return m.createResource(EU + "language/IND", DCTerms.LinguisticSystem);
    }

    private static java.util.Optional<Resource> contact(Model m, DatasetMetadata metadata) {
        if (metadata.contactName() == null && metadata.contactEmail() == null) {
            return java.util.Optional.empty();
        }
        Resource contact = m.createResource(VCARD_KIND);
        contact.addProperty(FN, metadata.contactName() != null ? metadata.contactName() : metadata.contactEmail());
        if (metadata.contactEmail() != null) {
            contact.addProperty(HAS_EMAIL, m.createResource("mailto:" + metadata.contactEmail()));
        }
        return java.util.Optional.of(contact);
    }

    private static Literal dateTime(Model m, OffsetDateTime time) {
        Calendar calendar = GregorianCalendar.from(time.toZonedDateTime());
        calendar.setTimeZone(TimeZone.getTimeZone(time.getOffset()));
        return m.createTypedLiteral(new XSDDateTime(calendar));
    }

}
