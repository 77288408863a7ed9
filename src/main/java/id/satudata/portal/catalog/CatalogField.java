package id.satudata.portal.catalog;

/**
 * The fields of a released dataset that catalogue searches filter, sort and count by
 * (named after CKAN's search fields in the open API).
 */
public enum CatalogField {

    /** The dataset's UUID (also its numeric id when filtered by). */
    ID,
    /** The slug. */
    NAME,
    /** The OPD, by its lower-case name or its code. */
    ORGANIZATION,
    /** The topic code. */
    GROUPS, TAGS, LICENSE_ID,
    /** A resource format: CSV, JSON, XLSX or API (every dataset has all four). */
    RES_FORMAT,
    /** The later of the dataset's and its metadata's last change. */
    METADATA_MODIFIED, METADATA_CREATED, TITLE, VIEWS,
    /** Always {@code public} for released datasets (CKAN's {@code capacity}). */
    CAPACITY,
    /** Always {@code active} for released datasets (CKAN's {@code state}). */
    STATE,
    /** Always {@code dataset} (CKAN's {@code dataset_type}). */
    DATASET_TYPE

}
