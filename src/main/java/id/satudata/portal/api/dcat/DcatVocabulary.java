package id.satudata.portal.api.dcat;

import id.satudata.portal.datastore.UpdateFrequency;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of DCAT 3, vCard and the EU authority tables the catalogue uses. */
final class DcatVocabulary {

    static final String DCAT = "http://www.w3.org/ns/dcat#";

    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

    static final String EU = "http://publications.europa.eu/resource/authority/";

    static final Resource CATALOG = ResourceFactory.createResource(DCAT + "Catalog");

    static final Resource DATASET_CLASS = ResourceFactory.createResource(DCAT + "Dataset");

    static final Resource DISTRIBUTION_CLASS = ResourceFactory.createResource(DCAT + "Distribution");

    static final Resource DATA_SERVICE = ResourceFactory.createResource(DCAT + "DataService");

    static final Resource VCARD_KIND = ResourceFactory.createResource(VCARD + "Kind");

    static final Property DATASET = property(DCAT, "dataset");

    static final Property DISTRIBUTION = property(DCAT, "distribution");

    static final Property SERVICE = property(DCAT, "service");

    static final Property THEME_TAXONOMY = property(DCAT, "themeTaxonomy");

    static final Property THEME = property(DCAT, "theme");

    static final Property KEYWORD = property(DCAT, "keyword");

    static final Property CONTACT_POINT = property(DCAT, "contactPoint");

    static final Property LANDING_PAGE = property(DCAT, "landingPage");

    static final Property ACCESS_URL = property(DCAT, "accessURL");

    static final Property DOWNLOAD_URL = property(DCAT, "downloadURL");

    static final Property ACCESS_SERVICE = property(DCAT, "accessService");

    static final Property MEDIA_TYPE = property(DCAT, "mediaType");

    static final Property START_DATE = property(DCAT, "startDate");

    static final Property END_DATE = property(DCAT, "endDate");

    static final Property ENDPOINT_URL = property(DCAT, "endpointURL");

    static final Property ENDPOINT_DESCRIPTION = property(DCAT, "endpointDescription");

    static final Property SERVES_DATASET = property(DCAT, "servesDataset");

    static final Property FN = property(VCARD, "fn");

    static final Property HAS_EMAIL = property(VCARD, "hasEmail");

    /** Hydra, for the pages of the feed (the terms ckanext-dcat writes and reads). */
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    static final Resource PAGED_COLLECTION = ResourceFactory.createResource(HYDRA + "PagedCollection");

    static final Property TOTAL_ITEMS = property(HYDRA, "totalItems");

    static final Property ITEMS_PER_PAGE = property(HYDRA, "itemsPerPage");

    static final Property FIRST_PAGE = property(HYDRA, "firstPage");

    static final Property LAST_PAGE = property(HYDRA, "lastPage");

    static final Property NEXT_PAGE = property(HYDRA, "nextPage");

    static final Property PREVIOUS_PAGE = property(HYDRA, "previousPage");

    private DcatVocabulary() {
    }

    private static Property property(String namespace, String name) {
        return ResourceFactory.createProperty(namespace, name);
    }

    /** The EU frequency authority entry of an update frequency. */
    static String frequency(UpdateFrequency frequency) {
        String code = switch (frequency) {
            case DAILY -> "DAILY";
            case WEEKLY -> "WEEKLY";
            case MONTHLY -> "MONTHLY";
            case QUARTERLY -> "QUARTERLY";
            case YEARLY -> "ANNUAL";
            case IRREGULAR -> "IRREG";
        };
        return EU + "frequency/" + code;
    }

}
