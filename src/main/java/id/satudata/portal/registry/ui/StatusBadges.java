package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.sop.IntegrationStatus;

/**
 * Colored badges with text: validated (green), pending (neutral), returned to step N
 * (red), overdue (amber).
 */
final class StatusBadges {

    private StatusBadges() {
    }

    /** The class of a status badge; the registry list's cells use it too. */
    static final String STATUS_CLASS = "registry-status";

    /** The class of an overdue badge; the registry list's cells use it too. */
    static final String OVERDUE_CLASS = "registry-overdue";

    /** The theme of an overdue badge. */
    static final BadgeVariant OVERDUE_THEME = BadgeVariant.WARNING;

    static Badge status(Integration integration, RegistryFormat format) {
        Badge badge = new Badge(format.status(integration));
        badge.addClassName(STATUS_CLASS);
        badge.getElement().setAttribute("data-status", integration.status().name());
        badge.addThemeVariants(themeOf(integration.status()));
        return badge;
    }

    /** Validated green, returned red, pending neutral. */
    static BadgeVariant themeOf(IntegrationStatus status) {
        return switch (status) {
            case VALIDATED -> BadgeVariant.SUCCESS;
            case RETURNED -> BadgeVariant.ERROR;
            case PENDING -> BadgeVariant.CONTRAST;
        };
    }

    static Badge overdue(RegistryFormat format) {
        Badge badge = new Badge(format.t("registry.badge.overdue"));
        badge.addThemeVariants(OVERDUE_THEME);
        badge.addClassName(OVERDUE_CLASS);
        return badge;
    }

    static Badge late(RegistryFormat format) {
        Badge badge = new Badge(format.t("registry.badge.late"));
        badge.addThemeVariants(BadgeVariant.WARNING, BadgeVariant.SMALL);
        return badge;
    }

    static Badge finished(RegistryFormat format) {
        Badge badge = new Badge(format.t("registry.status.finished"));
        badge.addThemeVariants(BadgeVariant.SUCCESS, BadgeVariant.FILLED);
        return badge;
    }

}
