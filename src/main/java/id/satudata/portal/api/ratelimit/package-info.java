/** Per-client token-bucket rate limiting of the public API. */
@NullMarked
package id.satudata.portal.api.ratelimit;

import org.jspecify.annotations.NullMarked;
