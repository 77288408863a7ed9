/**
 * Views of the integration registry: list, detail with actions, new request, my
 * integrations.
 */
@NullMarked
package id.satudata.portal.registry.ui;

import org.jspecify.annotations.NullMarked;
