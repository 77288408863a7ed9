/** One job at a time across instances ({@code ClusterLock}, ShedLock on the database). */
@NullMarked
package id.satudata.portal.base.cluster;

import org.jspecify.annotations.NullMarked;
