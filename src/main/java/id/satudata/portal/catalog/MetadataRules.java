package id.satudata.portal.catalog;

import id.satudata.portal.base.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks and normalises metadata: trimmed texts within their limits, tags as lower-case
 * slugs, known topic and licence, years in order, a plausible e-mail address; and what a
 * release needs.
 */
@Component
class MetadataRules {

    static final int MAX_TAGS = 20;

    static final int MAX_KEYWORDS = 30;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CatalogRepository catalog;

    MetadataRules(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    MetadataDraft clean(MetadataDraft d, boolean featured) {
        Integer start = year("periodStart", d.periodStart());
        Integer end = year("periodEnd", d.periodEnd());
        if (start != null && end != null && start > end) {
            throw new ValidationException("periodEnd", "catalog.error.period.order");
        }
        String email = text("contactEmail", d.contactEmail(), 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new ValidationException("contactEmail", "catalog.error.email.invalid");
        }
        return new MetadataDraft(text("topic", d.topicCode(), 40), tags(d.tags()), text("licence", d.licenceId(), 40),
                text("walidata", d.walidata(), 200), start, end, text("measure", d.measure(), 200),
                text("unit", d.unit(), 100), text("concept", d.concept(), 4000),
                text("definition", d.definition(), 4000), text("methodology", d.methodology(), 8000),
                text("classification", d.classification(), 1000), text("estimationLevel", d.estimationLevel(), 200),
                text("contactName", d.contactName(), 200), email, text("source", d.source(), 1000),
                keywords(d.keywords()), featured);
    }

    @Nullable Topic topic(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return catalog.topics()
            .stream()
            .filter(t -> t.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new ValidationException("topic", "catalog.error.topic.unknown", code));
    }

    Licence licence(@Nullable String id) {
        String wanted = id == null ? Licence.DEFAULT : id;
        return catalog.licences()
            .stream()
            .filter(l -> l.id().equals(wanted))
            .findFirst()
            .orElseThrow(() -> new ValidationException("licence", "catalog.error.licence.unknown", wanted));
    }

    void requireReleasable(CatalogRepository.Releasable dataset, DatasetMetadata metadata) {
        if (dataset.title().isBlank()) {
            throw new ValidationException("title", "catalog.error.release.title");
        }
        if (dataset.description().isBlank()) {
            throw new ValidationException("description", "catalog.error.release.description");
        }
        if (metadata.topic() == null) {
            throw new ValidationException("topic", "catalog.error.release.topic");
        }
        if (dataset.rowCount() < 1) {
            throw new ValidationException("rows", "catalog.error.release.noRows");
        }
    }

    @Nullable String note(@Nullable String note, boolean required) {
        String clean = text("note", note, 2000);
        if (required && clean == null) {
            throw new ValidationException("note", "catalog.error.withdraw.reason");
        }
        return clean;
    }

    static List<String> tags(List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String slug = tag.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_/]+", "-")
                .replaceAll("[^a-z0-9-]", "")
                .replaceAll("-+", "-")
                .replaceAll("^-|-$", "");
            if (slug.isEmpty() || slug.length() > 50) {
                throw new ValidationException("tags", "catalog.error.tag.invalid", tag);
            }
            tags.add(slug);
        }
        if (tags.size() > MAX_TAGS) {
            throw new ValidationException("tags", "catalog.error.tag.tooMany", MAX_TAGS);
        }
        return List.copyOf(tags);
    }

    private static List<String> keywords(List<String> raw) {
        List<String> keywords = new ArrayList<>();
        for (String keyword : raw) {
            String clean = text("keywords", keyword, 60);
            if (clean != null && !keywords.contains(clean)) {
                keywords.add(clean);
            }
        }
        if (keywords.size() > MAX_KEYWORDS) {
            throw new ValidationException("keywords", "catalog.error.keyword.tooMany", MAX_KEYWORDS);
        }
        return keywords;
    }

    private static @Nullable Integer year(String field, @Nullable Integer year) {
        if (year != null && (year < 1900 || year > 2200)) {
            throw new ValidationException(field, "catalog.error.period.year", year);
        }
        return year;
    }

    private static @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new ValidationException(field, "catalog.error.text.tooLong", max);
        }
        return clean;
    }

}
