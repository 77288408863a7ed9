package id.satudata.portal.registry;

/**
 * The figures of the registry list, from one query: how many integrations the filter
 * matches, and the counts per status and of overdue steps for the filter without its
 * status and overdue parts.
 */
public record ListCounts(int matching, StatusCounts statuses) {

}
