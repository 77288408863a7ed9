/** Organisations (OPD), user accounts and their roles. */
@NullMarked
package id.satudata.portal.opd;

import org.jspecify.annotations.NullMarked;
