/**
 * The data-exchange hub in the back office: a dataset's API keys for pushing rows, and
 * its pull connectors with their attempts.
 */
@NullMarked
package id.satudata.portal.exchange.ui;

import org.jspecify.annotations.NullMarked;
