/** Main layouts, navigation, login and the language switch. */
@NullMarked
package id.satudata.portal.ui;

import org.jspecify.annotations.NullMarked;
