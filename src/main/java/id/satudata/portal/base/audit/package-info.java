/** The structured audit log every feature writes its changes to, and sign-in events. */
@NullMarked
package id.satudata.portal.base.audit;

import org.jspecify.annotations.NullMarked;
