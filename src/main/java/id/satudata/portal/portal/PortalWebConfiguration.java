package id.satudata.portal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
                new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(PAGES);
        registration.setName("publicPageEtags");
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
