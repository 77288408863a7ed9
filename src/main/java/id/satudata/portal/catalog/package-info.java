/**
 * The catalogue: Satu Data metadata of datasets, release and withdrawal, the public read
 * model.
 */
@NullMarked
package id.satudata.portal.catalog;

import org.jspecify.annotations.NullMarked;
