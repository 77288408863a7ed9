package id.satudata.portal.api.ckan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CKAN actions the portal answers, with their parameters (for dispatch, help_show and
 * the OpenAPI description).
 */
public enum CkanAction {

    PACKAGE_LIST("Names (slugs) of all released datasets.", p("limit", "integer", "at most this many names"),
            p("offset", "integer", "skip this many names")),
    PACKAGE_SHOW("A released dataset with its resources, tags, groups and extras.",
            p("id", "string", "the dataset's id (UUID) or name (slug)", true)),
    PACKAGE_SEARCH("Searches released datasets, with facets.", p("q", "string", "words to find (default *:*)"),
            p("fq", "string",
                    "Solr filter on id, name, organization, groups, tags, license_id, res_format, metadata_modified, "
                            + "metadata_created: field:value, \"quoted values\", a OR b, -field:value, +field:value, "
                            + "(groups), ranges [2026-12-05T03:00:00Z TO *]; terms side by side must all hold"),
            p("rows", "integer", "results per page (default 10, at most 1000)"),
            p("start", "integer", "offset of the first result"),
            p("sort", "string",
                    "score desc, metadata_modified desc (default); also id, name, metadata_created, title_string, "
                            + "views_recent, each asc or desc, comma separated; ties broken by id"),
            p("include_private", "boolean", "accepted; everything here is public"),
            p("facet.field", "string",
                    "JSON list of fields to count: organization, groups, tags, license_id, res_format"),
            p("fq_list", "string", "more filters, each like fq (JSON list)"),
            p("facet.limit", "integer", "values per facet (default 50, negative: all)")),
    RESOURCE_SHOW("One resource (CSV, JSON, XLSX download or the datastore API) of a released dataset.",
            p("id", "string", "the resource's id (UUID)", true)),
    ORGANIZATION_LIST("The organisations (OPD, produsen data).",
            p("all_fields", "boolean", "whole dicts with package_count instead of names"),
            p("sort", "string", "name (default), title or package_count"), p("limit", "integer", "page size"),
            p("offset", "integer", "page start")),
    ORGANIZATION_SHOW("One organisation (OPD) by name, code or id.",
            p("id", "string", "the name (lower-case code), the code or the id", true),
            p("include_datasets", "boolean", "include its released datasets")),
    GROUP_LIST("The topics (sectors) as CKAN groups.",
            p("all_fields", "boolean", "whole dicts with package_count instead of names"),
            p("sort", "string", "name (default), title or package_count"), p("limit", "integer", "page size"),
            p("offset", "integer", "page start")),
    GROUP_SHOW("One topic (group) by code or id.", p("id", "string", "the code or id", true),
            p("include_datasets", "boolean", "include its released datasets")),
    TAG_LIST("Tags of released datasets.", p("query", "string", "only tags containing this text"),
            p("all_fields", "boolean", "dicts instead of names")),
    DATASTORE_SEARCH("Rows of a released dataset's table.",
            p("resource_id", "string", "the id (UUID) of a dataset's CSV or API resource (or the dataset's slug)",
                    true),
            p("filters", "string", "JSON object {\"column\": value or [values]}"),
            p("q", "string", "JSON object {\"column\": \"text\"}: the column contains the text"),
            p("fields", "string", "columns to return (comma separated or JSON list)"),
            p("sort", "string", "a column, optionally followed by asc or desc"),
            p("limit", "integer", "rows (default 100, at most 1000)"), p("offset", "integer", "rows to skip"),
            p("records_format", "string", "objects (default) or lists")),
    STATUS_SHOW("The site: title, address, the CKAN version this API follows, extensions."),
    HELP_SHOW("What an action does.", p("name", "string", "the action's name", true));

    /** One parameter of an action. */
    public record Param(String name, String type, String description, boolean required) {
    }

    private final String summary;

    private final List<Param> params;

    CkanAction(String summary, Param... params) {
        this.summary = summary;
        this.params = List.of(params);
    }

    private static Param p(String name, String type, String description) {
        return new Param(name, type, description, false);
    }

    private static Param p(String name, String type, String description, boolean required) {
        return new Param(name, type, description, required);
    }

    /** The name in URLs: package_show. */
    public String actionName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String summary() {
        return summary;
    }

    public List<Param> params() {
        return params;
    }

    public static Optional<CkanAction> named(String name) {
        return Arrays.stream(values()).filter(a -> a.actionName().equals(name)).findFirst();
    }

}
