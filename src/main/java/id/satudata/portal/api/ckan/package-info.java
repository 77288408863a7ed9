/** CKAN Action API v3 subset over the public catalogue and the datastore. */
@NullMarked
package id.satudata.portal.api.ckan;

import org.jspecify.annotations.NullMarked;
