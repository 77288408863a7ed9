/** The portal's own chart model and the renderers that draw it. */
@NullMarked
package id.satudata.portal.chart;

import org.jspecify.annotations.NullMarked;
