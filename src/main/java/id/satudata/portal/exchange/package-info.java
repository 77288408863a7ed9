/**
 * The data-exchange API: push of rows with API keys, and pull connectors to OPD web
 * services.
 */
@NullMarked
package id.satudata.portal.exchange;

import org.jspecify.annotations.NullMarked;
