/** Public pages of the open-data portal. */
@NullMarked
package id.satudata.portal.portal;

import org.jspecify.annotations.NullMarked;
