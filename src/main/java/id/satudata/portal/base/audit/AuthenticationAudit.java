package id.satudata.portal.base.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes every sign-in and failed sign-in of Spring Security to the audit log. */
@Component
class AuthenticationAudit {

    private final AuditLog audit;

    AuthenticationAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        audit.loginSucceeded(event.getAuthentication().getName());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.loginFailed(event.getAuthentication().getName(), event.getException().getClass().getSimpleName());
    }

}
