package id.satudata.portal.api.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code field:value} term of a CKAN {@code fq} filter, on the facet fields the
 * portal knows: organization, groups, tags, license_id, res_format, name.
 */
record SearchFilter(String field, String value) {

    static final Set<String> FIELDS = Set.of("organization", "groups", "tags", "license_id", "res_format", "name");

    private static final Pattern TERM = Pattern.compile("\\+?([a-z_]+):(?:\"([^\"]*)\"|(\\S+))");

    /**
     * Parses {@code +organization:dinkes tags:"air bersih"}; {@code capacity:public} and
     * {@code state:active} are accepted and ignored (everything here is public and
     * active).
     */
    static List<SearchFilter> parse(String fq) {
        List<SearchFilter> filters = new ArrayList<>();
        Matcher m = TERM.matcher(fq);
        int end = 0;
        while (m.find()) {
            if (!fq.substring(end, m.start()).isBlank()) {
                throw CkanException.searchQuery("cannot read fq near '" + fq.substring(end, m.start()).strip() + "'");
            }
            end = m.end();
            String field = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            if (field.equals("capacity") || field.equals("state")) {
                continue;
            }
            if (!FIELDS.contains(field)) {
                throw CkanException.searchQuery("unknown field '" + field + "' in fq; use one of " + FIELDS);
            }
            filters.add(new SearchFilter(field, value));
        }
        if (!fq.substring(end).isBlank()) {
            throw CkanException.searchQuery("cannot read fq near '" + fq.substring(end).strip() + "'");
        }
        return filters;
    }

}
