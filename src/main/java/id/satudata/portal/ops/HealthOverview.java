package id.satudata.portal.ops;

import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Service;

/**
 * The actuator's health (database, disk space of the data folder, search index, liveness
 * and readiness) for the administrators' operations page.
 */
@Service
public class HealthOverview {

    /** One checked part: its actuator name, whether it is up, and its details. */
    public record Part(String name, String status, Map<String, Object> details) {

        public boolean up() {
            return Status.UP.getCode().equals(status);
        }

    }

    private final ObjectProvider<HealthEndpoint> endpoint;

    private final CurrentCaller caller;

    HealthOverview(ObjectProvider<HealthEndpoint> endpoint, CurrentCaller caller) {
        this.endpoint = endpoint;
        this.caller = caller;
    }

    /** Administrator: every part the actuator checks, in its order (ping left out). */
    public List<Part> parts() {
        caller.get().requireAnyRole(Role.ADMINISTRATOR);
        HealthEndpoint health = endpoint.getIfAvailable();
        if (health == null) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        HealthDescriptor root = health.health();
        if (root instanceof CompositeHealthDescriptor composite) {
            composite.getComponents().forEach((name, part) -> {
                if (!name.equals("ping")) {
                    parts.add(new Part(name, part.getStatus().getCode(), details(part)));
                }
            });
        }
        return parts;
    }

    private static Map<String, Object> details(HealthDescriptor part) {
        if (part instanceof IndicatedHealthDescriptor indicated && indicated.getDetails() != null) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(indicated.getDetails()));
        }
        return Map.of();
    }

}
