/**
 * Satu Data Portal: integration registry, data-exchange hub, dashboards and open-data
 * portal.
 */
@NullMarked
package id.satudata.portal;

import org.jspecify.annotations.NullMarked;
