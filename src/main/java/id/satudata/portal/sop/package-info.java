/** SOP templates as data: steps, actors, inputs, time standards and transitions. */
@NullMarked
package id.satudata.portal.sop;

import org.jspecify.annotations.NullMarked;
