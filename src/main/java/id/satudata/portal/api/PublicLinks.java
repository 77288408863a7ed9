package id.satudata.portal.api;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of the portal's public pages, downloads and API calls, from the
 * configured public address or else the current request.
 */
@Component
public class PublicLinks {

    private final ApiProperties properties;

    PublicLinks(ApiProperties properties) {
        this.properties = properties;
    }

    /** The portal's base address without a trailing slash. */
    public String base() {
        String configured = properties.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /** The public page of a dataset (served by the public portal). */
    public String dataset(String slug) {
        return base() + "/dataset/" + slug;
    }

    /** A whole-table download: {@code /download/{slug}.{csv|json|xlsx}}. */
    public String download(String slug, String extension) {
        return base() + "/download/" + slug + "." + extension;
    }

    public String organisation(String code) {
        return base() + "/organisasi/" + code;
    }

    public String topic(String code) {
        return base() + "/topik/" + code;
    }

    public String api(String path) {
        return base() + path;
    }

}
