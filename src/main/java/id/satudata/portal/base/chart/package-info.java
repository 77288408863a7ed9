/** The portal's own chart model and the renderers that draw it. */
@NullMarked
package id.satudata.portal.base.chart;

import org.jspecify.annotations.NullMarked;
