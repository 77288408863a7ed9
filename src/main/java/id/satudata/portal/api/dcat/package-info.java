/** The DCAT-AP 3 catalogue of released datasets (JSON-LD and Turtle). */
@NullMarked
package id.satudata.portal.api.dcat;

import org.jspecify.annotations.NullMarked;
