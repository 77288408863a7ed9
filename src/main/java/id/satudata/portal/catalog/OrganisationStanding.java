package id.satudata.portal.catalog;

/**
 * The upkeep of an OPD's released datasets: how many there are, how many are current or
 * late, and how many meet each Satu Data principle.
 */
public record OrganisationStanding(int datasets, int current, int late, int standardData, int completeMetadata,
        int openFormats, int referenceCodes) {
}
