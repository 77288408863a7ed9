/**
 * The working calendar SOP time standards are counted in: office hours per weekday,
 * national holidays, cuti bersama and regional holidays, maintained by the administrator.
 */
@NullMarked
package id.satudata.portal.calendar;

import org.jspecify.annotations.NullMarked;
