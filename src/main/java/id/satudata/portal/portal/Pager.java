package id.satudata.portal.portal;

import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Previous/next links between pages of a list: plain links (crawlable) to the URL of each
 * page number (1-based); null where there is no such page.
 */
public record Pager(int page, int pages, @Nullable String previous, @Nullable String next) {

    /** The query parameter of the page number. */
    static final String PARAMETER = "hal";

    static Pager of(int page, long total, int pageSize, IntFunction<String> urlOfPage) {
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        return new Pager(page, pages, page > 1 ? urlOfPage.apply(page - 1) : null,
                page < pages ? urlOfPage.apply(page + 1) : null);
    }

    public boolean shown() {
        return pages > 1;
    }

    /** The 1-based page number of a query parameter value; 1 when missing or bad. */
    static int pageOf(@Nullable String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(value.strip())));
        }
        catch (NumberFormatException e) {
            return 1;
        }
    }

}
