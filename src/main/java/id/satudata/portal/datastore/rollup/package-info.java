/**
 * Pre-aggregated groupings of each dataset (one or two dimensions, sums, counts, minimum
 * and maximum per measure): which groupings a schema gets and which are kept
 * ({@code Rollups}), how a load's rows are added up ({@code RollupAccumulator}) and
 * merged or rebuilt ({@code RollupRepository}), how an upsert changes them
 * ({@code RollupDeltas}), and which rollup answers a query ({@code RollupPlan}).
 */
@NullMarked
package id.satudata.portal.datastore.rollup;

import org.jspecify.annotations.NullMarked;
