/** Embedded PostgreSQL by default, an external one when a JDBC URL is configured. */
@NullMarked
package id.satudata.portal.base.db;

import org.jspecify.annotations.NullMarked;
