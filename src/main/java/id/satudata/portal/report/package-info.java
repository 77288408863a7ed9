/**
 * Documents the portal writes (step-12 integration report, periodic reports, SOP sheets):
 * a small document model and its DOCX, PDF and XLSX writers.
 */
@NullMarked
package id.satudata.portal.report;

import org.jspecify.annotations.NullMarked;
