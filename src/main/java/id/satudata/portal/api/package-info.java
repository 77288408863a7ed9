/** The open API: CKAN Action API, DCAT-AP, Frictionless data packages, OpenAPI, CORS. */
@NullMarked
package id.satudata.portal.api;

import org.jspecify.annotations.NullMarked;
