/**
 * The portal's own Micrometer meters (loads, searches, registry steps), used by every
 * feature.
 */
@NullMarked
package id.satudata.portal.base.metrics;

import org.jspecify.annotations.NullMarked;
