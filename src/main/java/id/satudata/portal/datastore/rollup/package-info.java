/**
 * Pre-aggregated groupings of each dataset (one or two dimensions, sums, counts, minimum
 * and maximum per measure): which groupings a schema gets ({@code Rollups}), how a load's
 * rows are added up ({@code RollupAccumulator}) and merged or rebuilt
 * ({@code RollupRepository}), and which rollup answers a query ({@code RollupPlan}).
 */
@NullMarked
package id.satudata.portal.datastore.rollup;

import org.jspecify.annotations.NullMarked;
