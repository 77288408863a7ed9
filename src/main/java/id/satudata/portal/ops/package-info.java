/**
 * Operations: backup and restore, health and metrics, structured audit logs, cluster
 * locks and the change feed that keeps several portal instances in step.
 */
@NullMarked
package id.satudata.portal.ops;

import org.jspecify.annotations.NullMarked;
