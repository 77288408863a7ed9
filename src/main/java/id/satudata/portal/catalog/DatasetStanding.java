package id.satudata.portal.catalog;

/**
 * What a visitor may know of a released dataset's upkeep: its timeliness and principles.
 */
public record DatasetStanding(Timeliness timeliness, Principles principles) {
}
