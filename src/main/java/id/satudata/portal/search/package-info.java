/**
 * Full-text search of the catalogue: the Lucene index, facets, highlighting,
 * autocomplete.
 */
@NullMarked
package id.satudata.portal.search;

import org.jspecify.annotations.NullMarked;
