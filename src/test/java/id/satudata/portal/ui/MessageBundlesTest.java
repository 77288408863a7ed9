package id.satudata.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Indonesian and English bundles carry the same keys, and nothing is left empty. */
class MessageBundlesTest {

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        String[] baseNames = MessageBundles.baseNames();
        assertThat(baseNames).contains("classpath:i18n/common");
        for (String baseName : baseNames) {
            String path = baseName.substring("classpath:".length());
            Properties indonesian = load(path + ".properties");
            Properties english = load(path + "_en.properties");
            assertThat(english.stringPropertyNames()).as("English keys of %s", path)
                .containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
            indonesian.forEach((k, v) -> assertThat((String) v).as("%s %s", path, k).isNotBlank());
            english.forEach((k, v) -> assertThat((String) v).as("%s_en %s", path, k).isNotBlank());
        }
    }

    @Test
    void indonesianIsTheDefaultLanguage() {
        MessageSource messages = new MessageBundles().messageSource();
        assertThat(messages.getMessage("action.logout", null, Locales.INDONESIAN)).isEqualTo("Keluar");
        assertThat(messages.getMessage("action.logout", null, Locales.ENGLISH)).isEqualTo("Sign out");
        assertThat(messages.getMessage("action.logout", null, java.util.Locale.JAPANESE)).isEqualTo("Keluar");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
