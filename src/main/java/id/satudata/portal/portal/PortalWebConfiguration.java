package id.satudata.portal.portal;

import id.satudata.portal.ui.SecurityConfiguration;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The web side of the server-rendered public pages: their language comes from the address
 * ({@code ?lang=en}, else Indonesian), so each language version is its own crawlable URL;
 * and an ETag on every page, so a returning visitor or crawler gets a 304.
 */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration {

    /** The paths of the public pages (servlet patterns). */
    static final String[] PAGES = { "/", "/cari", "/dataset/*", "/organisasi", "/organisasi/*", "/topik", "/topik/*",
            "/robots.txt", "/sitemap.xml" };

    /**
     * The ETag of every page, computed where the page is rendered: for the home page in
     * the forward to its own path. A response wrapped around that forward would stay
     * empty, since the servlet container closes the response when a forward ends.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
                new ShallowEtagHeaderFilter() {

                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        // "/?v-r=..." is the back office's client talking to Vaadin
                        return SecurityConfiguration.isVaadinRequest(request);
                    }

                });
        registration.addUrlPatterns(PAGES);
        registration.addUrlPatterns(HomeController.PATH);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
        registration.setName("publicPageEtags");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<HomePageForward> homePageForward() {
        FilterRegistrationBean<HomePageForward> registration = new FilterRegistrationBean<>(new HomePageForward());
        registration.addUrlPatterns("/");
        registration.setName("homePageForward");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new LocaleResolver() {

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return PortalPage.localeOf(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                    @Nullable Locale locale) {
                throw new UnsupportedOperationException("The language is chosen by the lang parameter");
            }

        };
    }

}
