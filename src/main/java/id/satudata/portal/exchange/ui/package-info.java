/**
 * The data-exchange hub in the back office: a dataset's pull connectors, their schedule
 * and their attempts.
 */
@NullMarked
package id.satudata.portal.exchange.ui;

import org.jspecify.annotations.NullMarked;
