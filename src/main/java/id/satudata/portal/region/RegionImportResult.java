package id.satudata.portal.region;

/** What an import of region rows did. */
public record RegionImportResult(long importId, int added, int updated, int unchanged) {
}
