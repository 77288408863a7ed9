package id.satudata.portal.portal;

import id.satudata.portal.ui.SecurityConfiguration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a visitor's {@code GET /} to the home page's own path
 * ({@link HomeController#PATH}).
 * <p>
 * Why not map the home page to "/": the back office (Vaadin) shares the root with the
 * public pages. Vaadin's client talks to "/?v-r=init", "/?v-r=uidl", ... and reaches
 * Vaadin only through its lowest-precedence forwarding handler, so a controller on "/"
 * answers those requests with the home page (the sign-in never renders), and one on "/"
 * with {@code params="!v-r"} makes Spring answer 400 instead of falling through to
 * Vaadin. Moving Vaadin under its own base ({@code vaadin.url-mapping}) would change
 * every back-office address. So only the one request that is the home page is forwarded
 * here; everything else at "/" is Vaadin's as before.
 */
class HomePageForward extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method))
                || !"/".equals(request.getRequestURI().substring(request.getContextPath().length()))
                || SecurityConfiguration.isVaadinRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getRequestDispatcher(HomeController.PATH).forward(request, response);
    }

}
