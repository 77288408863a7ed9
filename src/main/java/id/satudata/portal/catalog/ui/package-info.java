/**
 * The catalogue in the back office: a dataset's Satu Data metadata, its release to the
 * public and withdrawal by the walidata, and the catalogue record of both.
 */
@NullMarked
package id.satudata.portal.catalog.ui;

import org.jspecify.annotations.NullMarked;
