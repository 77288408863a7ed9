/**
 * Rebuilding derived data (search index) after a restore or on request, by every feature
 * that keeps some.
 */
@NullMarked
package id.satudata.portal.base.rebuild;

import org.jspecify.annotations.NullMarked;
