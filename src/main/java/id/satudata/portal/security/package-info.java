/** Who is asking: callers, roles and the signed-in user. */
@NullMarked
package id.satudata.portal.security;

import org.jspecify.annotations.NullMarked;
