package id.satudata.portal.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All user-facing text. Each feature keeps its own bundle in
 * {@code i18n/<feature>.properties} (Indonesian, the default) and
 * {@code i18n/<feature>_en.properties} (English); every bundle found is used.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(baseNames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locales.INDONESIAN);
        source.setCacheSeconds(-1);
        return source;
    }

    static String[] baseNames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Arrays.stream(files)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .map(name -> "classpath:i18n/" + name.replaceFirst("(_[a-z]{2})?\\.properties$", ""))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                .toArray(String[]::new);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not list the message bundles", e);
        }
    }

}
