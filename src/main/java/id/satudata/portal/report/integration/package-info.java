/** The integration report (Laporan Hasil Integrasi), generated as the SOP's last step. */
@NullMarked
package id.satudata.portal.report.integration;

import org.jspecify.annotations.NullMarked;
