/** Request id and signed-in user in every log line of a request. */
@NullMarked
package id.satudata.portal.base.logging;

import org.jspecify.annotations.NullMarked;
