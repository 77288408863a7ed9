/** The administrator's screen of the working calendar. */
@NullMarked
package id.satudata.portal.calendar.ui;

import org.jspecify.annotations.NullMarked;
