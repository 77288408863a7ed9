/** Back-office dashboards. */
@NullMarked
package id.satudata.portal.dashboard;

import org.jspecify.annotations.NullMarked;
