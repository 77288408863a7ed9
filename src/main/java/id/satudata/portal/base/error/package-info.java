/** Exceptions the services throw, mapped once to HTTP responses and UI notifications. */
@NullMarked
package id.satudata.portal.base.error;

import org.jspecify.annotations.NullMarked;
