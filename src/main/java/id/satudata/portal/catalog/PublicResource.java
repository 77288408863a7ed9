package id.satudata.portal.catalog;

/** One resource of a released dataset: the dataset and which of its resources. */
public record PublicResource(PublicDataset dataset, ResourceKind kind) {
}
