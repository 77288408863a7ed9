package id.satudata.portal.api.ckan;

import id.satudata.portal.catalog.CatalogField;
import id.satudata.portal.catalog.CatalogFilter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads CKAN's {@code fq} (Solr's standard query syntax) into a {@link CatalogFilter}.
 * The grammar, on the fields of {@link #FIELDS}:
 *
 * <pre>
 * query       := conjunction
 * conjunction := disjunction (["AND" | "&amp;&amp;"] disjunction)*
 * disjunction := unary (("OR" | "||") unary)*
 * unary       := ("+" | "-" | "!" | "NOT") unary | primary
 * primary     := "(" conjunction ")" | "*:*" | field ":" value
 * value       := "(" conjunction of values ")" | range | "quoted" | word | "*"
 * range       := ("[" | "{") time "TO" time ("]" | "}")     time := ISO 8601 UTC | "*"
 * </pre>
 *
 * OR binds the terms beside it before the (implicit) AND, so CKANHarvester's
 * {@code organization:a OR organization:b metadata_modified:[… TO *]} reads as
 * {@code (a OR b) AND modified}, what it means. Anything else (date math such as
 * {@code NOW-1DAY}, wildcards, unknown fields) fails with CKAN's Search Query Error
 * naming where reading stopped.
 */
final class FilterQuery {

    static final Map<String, CatalogField> FIELDS = Map.ofEntries(Map.entry("id", CatalogField.ID),
            Map.entry("name", CatalogField.NAME), Map.entry("organization", CatalogField.ORGANIZATION),
            Map.entry("groups", CatalogField.GROUPS), Map.entry("tags", CatalogField.TAGS),
            Map.entry("license_id", CatalogField.LICENSE_ID), Map.entry("res_format", CatalogField.RES_FORMAT),
            Map.entry("metadata_modified", CatalogField.METADATA_MODIFIED),
            Map.entry("metadata_created", CatalogField.METADATA_CREATED), Map.entry("capacity", CatalogField.CAPACITY),
            Map.entry("state", CatalogField.STATE), Map.entry("dataset_type", CatalogField.DATASET_TYPE));

    private static final List<CatalogField> TIMES = List.of(CatalogField.METADATA_MODIFIED,
            CatalogField.METADATA_CREATED);

    private static final Pattern FIELD = Pattern.compile("([a-z_][a-z0-9_]*):");

    private static final Pattern TIME = Pattern
        .compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d{1,9})?)?(Z|[+-]\\d\\d:\\d\\d)?");

    private final String text;

    private int at;

    private FilterQuery(String text) {
        this.text = text;
    }

    /** The filter of an {@code fq}; blank: everything. */
    static CatalogFilter parse(String fq) {
        FilterQuery reader = new FilterQuery(fq);
        reader.skipSpace();
        if (reader.atEnd()) {
            return CatalogFilter.everything();
        }
        CatalogFilter filter = reader.conjunction(null);
        if (!reader.atEnd()) {
            throw reader.unreadable();
        }
        return filter;
    }

    private CatalogFilter conjunction(@Nullable CatalogField field) {
        List<CatalogFilter> parts = new ArrayList<>();
        parts.add(disjunction(field));
        while (!atEnd() && !peek(")")) {
            if (!keyword("AND")) {
                symbol("&&");
            }
            parts.add(disjunction(field));
        }
        return parts.size() == 1 ? parts.get(0) : new CatalogFilter.All(parts);
    }

    private CatalogFilter disjunction(@Nullable CatalogField field) {
        List<CatalogFilter> parts = new ArrayList<>();
        parts.add(unary(field));
        while (keyword("OR") || symbol("||")) {
            parts.add(unary(field));
        }
        return parts.size() == 1 ? parts.get(0) : new CatalogFilter.Any(parts);
    }

    private CatalogFilter unary(@Nullable CatalogField field) {
        if (atEnd()) {
            throw CkanException.searchQuery("fq ends where a term was expected: '" + text.strip() + "'");
        }
        if (symbol("-") || symbol("!") || keyword("NOT")) {
            return new CatalogFilter.Not(unary(field));
        }
        if (symbol("+")) {
            return unary(field);
        }
        return primary(field);
    }

    private CatalogFilter primary(@Nullable CatalogField field) {
        if (symbol("(")) {
            CatalogFilter inner = conjunction(field);
            expect(")");
            return inner;
        }
        if (field != null) {
            return value(field);
        }
        if (symbol("*:*")) {
            return CatalogFilter.everything();
        }
        Matcher m = FIELD.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            throw unreadable();
        }
        String name = m.group(1);
        CatalogField named = FIELDS.get(name);
        if (named == null) {
            throw CkanException.searchQuery(
                    "unknown field '" + name + "' in fq; use one of " + new java.util.TreeSet<>(FIELDS.keySet()));
        }
        at = m.end();
        if (peek("(")) {
            at++;
            skipSpace();
            CatalogFilter inner = conjunction(named);
            expect(")");
            return inner;
        }
        return value(named);
    }

    private CatalogFilter value(CatalogField field) {
        if (peek("[") || peek("{")) {
            return range(field);
        }
        if (TIMES.contains(field)) {
            throw CkanException.searchQuery("'" + field.name().toLowerCase(java.util.Locale.ROOT)
                    + "' takes a range such as [2026-12-05T03:00:00Z TO *], near '" + rest() + "'");
        }
        String value = peek("\"") ? quoted() : word();
        if (!value.equals("*") && (value.contains("*") || value.contains("?"))) {
            throw CkanException.searchQuery("wildcards are not supported in fq: '" + value + "'");
        }
        return new CatalogFilter.Term(field, value);
    }

    private CatalogFilter range(CatalogField field) {
        if (!TIMES.contains(field)) {
            throw CkanException
                .searchQuery("ranges only on metadata_modified and metadata_created, near '" + rest() + "'");
        }
        boolean fromInclusive = text.charAt(at) == '[';
        at++;
        skipSpace();
        OffsetDateTime from = time();
        if (!keyword("TO")) {
            throw unreadable();
        }
        OffsetDateTime to = time();
        boolean toInclusive;
        if (peek("]")) {
            toInclusive = true;
        }
        else if (peek("}")) {
            toInclusive = false;
        }
        else {
            throw unreadable();
        }
        at++;
        skipSpace();
        return new CatalogFilter.Range(field, from, fromInclusive, to, toInclusive);
    }

    private @Nullable OffsetDateTime time() {
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && "]}".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String bound = text.substring(start, at);
        skipSpace();
        if (bound.equals("*")) {
            return null;
        }
        if (bound.startsWith("NOW")) {
            throw CkanException.searchQuery(
                    "date math such as '" + bound + "' is not supported; give a UTC time such as 2026-12-05T03:00:00Z");
        }
        if (!TIME.matcher(bound).matches()) {
            at = start;
            throw CkanException.searchQuery(
                    "cannot read the time '" + bound + "' in fq; give a UTC time such as 2026-12-05T03:00:00Z");
        }
        try {
            return bound.endsWith("Z") || bound.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(bound)
                    : LocalDateTime.parse(bound).atOffset(ZoneOffset.UTC);
        }
        catch (DateTimeParseException e) {
            throw CkanException.searchQuery("cannot read the time '" + bound + "' in fq: no such date");
        }
    }

    private String quoted() {
        int start = at;
        at++;
        StringBuilder value = new StringBuilder();
        while (at < text.length() && text.charAt(at) != '"') {
            if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                at++;
            }
            value.append(text.charAt(at++));
        }
        if (atEnd()) {
            at = start;
            throw CkanException.searchQuery("a quote is not closed in fq near '" + rest() + "'");
        }
        at++;
        skipSpace();
        return value.toString();
    }

    private String word() {
        StringBuilder value = new StringBuilder();
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))
                && "()[]{}\"".indexOf(text.charAt(at)) < 0) {
            if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                at++;
            }
            value.append(text.charAt(at++));
        }
        if (value.isEmpty()) {
            throw unreadable();
        }
        skipSpace();
        return value.toString();
    }

    /** Reads a keyword followed by a space or a bracket. */
    private boolean keyword(String word) {
        if (!text.startsWith(word, at)) {
            return false;
        }
        int end = at + word.length();
        if (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '(') {
            return false;
        }
        at = end;
        skipSpace();
        return true;
    }

    private boolean symbol(String symbol) {
        if (!text.startsWith(symbol, at)) {
            return false;
        }
        at += symbol.length();
        skipSpace();
        return true;
    }

    private void expect(String symbol) {
        if (!symbol(symbol)) {
            throw atEnd() ? CkanException.searchQuery("a bracket is not closed in fq: '" + text.strip() + "'")
                    : unreadable();
        }
    }

    private boolean peek(String symbol) {
        return text.startsWith(symbol, at);
    }

    private boolean atEnd() {
        return at >= text.length();
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private String rest() {
        String rest = text.substring(at).strip();
        return rest.length() > 40 ? rest.substring(0, 40) + "…" : rest;
    }

    private CkanException unreadable() {
        return CkanException.searchQuery("cannot read fq near '" + rest() + "'");
    }

}
