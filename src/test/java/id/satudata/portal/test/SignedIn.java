package id.satudata.portal.test;

import id.satudata.portal.security.PortalUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Puts a user (or nobody) into the security context of the test thread, as a sign-in
 * would.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static UsernamePasswordAuthenticationToken as(PortalUser user) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        return token;
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }

}
