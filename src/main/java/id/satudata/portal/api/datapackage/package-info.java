/** Frictionless data package descriptors of released datasets. */
@NullMarked
package id.satudata.portal.api.datapackage;

import org.jspecify.annotations.NullMarked;
