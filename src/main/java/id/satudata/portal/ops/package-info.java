/**
 * Operations: backup and restore (CLI and the back-office screen), health, actuator and
 * monitoring access, and the database outage page. The cross-cutting parts the features
 * use (metrics, audit log, change feed, cluster lock, derived-data rebuild) are in
 * {@code base}.
 */
@NullMarked
package id.satudata.portal.ops;

import org.jspecify.annotations.NullMarked;
