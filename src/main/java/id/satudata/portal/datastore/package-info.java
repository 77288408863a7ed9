/**
 * Datasets of the exchange hub: schemas, one typed table per dataset, loads and queries.
 */
@NullMarked
package id.satudata.portal.datastore;

import org.jspecify.annotations.NullMarked;
