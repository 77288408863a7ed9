package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import id.satudata.portal.registry.Integration;

/**
 * Colored badges with text: validated (green), pending (neutral), returned to step N
 * (red), overdue (amber).
 */
final class StatusBadges {

    private StatusBadges() {
    }

    static Badge status(Integration integration, RegistryFormat format) {
        Badge badge = new Badge(format.status(integration));
        badge.addClassName("registry-status");
        badge.getElement().setAttribute("data-status", integration.status().name());
        switch (integration.status()) {
            case VALIDATED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case RETURNED -> badge.addThemeVariants(BadgeVariant.ERROR);
            case PENDING -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    static Badge overdue(RegistryFormat format) {
        Badge badge = new Badge(format.t("registry.badge.overdue"));
        badge.addThemeVariants(BadgeVariant.WARNING);
        badge.addClassName("registry-overdue");
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
