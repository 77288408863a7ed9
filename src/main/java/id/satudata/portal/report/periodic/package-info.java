/** Province-wide periodic reports (month, quarter, year) on integrations and data. */
@NullMarked
package id.satudata.portal.report.periodic;

import org.jspecify.annotations.NullMarked;
