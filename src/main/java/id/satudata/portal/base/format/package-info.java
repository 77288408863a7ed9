/** How numbers and times are written for a person, in the reader's language. */
@NullMarked
package id.satudata.portal.base.format;

import org.jspecify.annotations.NullMarked;
