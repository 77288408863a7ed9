/**
 * Regions, their Kemendagri and BPS codes, boundaries an administrator uploads, and
 * choropleth maps of values keyed by region code.
 */
@NullMarked
package id.satudata.portal.region;

import org.jspecify.annotations.NullMarked;
