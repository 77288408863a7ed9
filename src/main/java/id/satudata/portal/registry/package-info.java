/**
 * The integration registry: integrations of OPDs moving through their SOP template, with
 * time standards, documents and an append-only event history.
 */
@NullMarked
package id.satudata.portal.registry;

import org.jspecify.annotations.NullMarked;
