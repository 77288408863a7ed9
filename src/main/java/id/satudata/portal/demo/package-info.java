/** Repeatable, seeded demo data for a fresh installation. */
@NullMarked
package id.satudata.portal.demo;

import org.jspecify.annotations.NullMarked;
