/**
 * The change feed that keeps several portal instances in step: features append events
 * ({@code ChangeFeed}) in their transaction; every instance follows them
 * ({@code ChangeFeedFollower}) and hands them to the {@code ChangeHandler}s (search
 * index, calendar cache).
 */
@NullMarked
package id.satudata.portal.base.changefeed;

import org.jspecify.annotations.NullMarked;
