/**
 * Views of the per-OPD dashboards, the step-11 decision and the administrator overview.
 */
@NullMarked
package id.satudata.portal.dashboard.ui;

import org.jspecify.annotations.NullMarked;
