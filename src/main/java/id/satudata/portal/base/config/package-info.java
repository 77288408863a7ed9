/** Typed configuration of the portal. */
@NullMarked
package id.satudata.portal.base.config;

import org.jspecify.annotations.NullMarked;
