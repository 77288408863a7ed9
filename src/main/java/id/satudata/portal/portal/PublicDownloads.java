package id.satudata.portal.portal;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.PublicDataset;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.ExportFormat;
import id.satudata.portal.datastore.query.RowFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Downloads of released datasets, whole or filtered, as CSV, JSON or XLSX, all streamed
 * by the datastore's one export path (CSV cells that would start a formula are
 * neutralised there). Only datasets {@link PublicCatalog} knows (released) are served,
 * whoever asks; every download is counted.
 */
@Service
public class PublicDownloads {

    /**
     * The query parameter prefix of a filter: {@code f.<column>=<value>} (repeat for any
     * of several values).
     */
    public static final String FILTER_PREFIX = "f.";

    private final PublicCatalog catalog;

    private final DatasetQueryService queries;

    PublicDownloads(PublicCatalog catalog, DatasetQueryService queries) {
        this.catalog = catalog;
        this.queries = queries;
    }

    /** A download to serve: the released dataset, the format and the filters. */
    public record Request(Dataset dataset, DownloadFormat format, List<RowFilter> filters) {

        public String fileName() {
            return dataset.slug() + "." + format.extension();
        }

    }

    /**
     * Checks a download: the dataset must be released, the extension known, every filter
     * column a column of the dataset.
     */
    public Request prepare(String slug, String extension, Map<String, List<String>> parameters) {
        DownloadFormat format = DownloadFormat.ofExtension(extension)
            .orElseThrow(() -> new NotFoundException("format", extension));
        PublicDataset released = catalog.get(slug);
        return new Request(released.dataset(), format, filters(released.dataset(), parameters));
    }

    /** Counts the download and writes the rows; returns the number of rows written. */
    public long write(Request request, OutputStream out) throws IOException {
        Dataset dataset = request.dataset();
        if (!catalog.recordDownload(dataset.id())) {
            throw new NotFoundException("dataset", dataset.slug());
        }
        ExportFormat export = switch (request.format()) {
            case CSV -> ExportFormat.CSV;
            case JSON -> ExportFormat.JSON;
            case XLSX -> ExportFormat.XLSX;
        };
        return queries.export(dataset.id(), request.filters(), export, out);
    }

    /** Filters from {@code f.<column>} parameters: one value EQUALS, several IN. */
    static List<RowFilter> filters(Dataset dataset, Map<String, List<String>> parameters) {
        List<RowFilter> filters = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!name.startsWith(FILTER_PREFIX) || values.isEmpty()) {
                return;
            }
            String column = name.substring(FILTER_PREFIX.length());
            if (dataset.schema().field(column).isEmpty()) {
                throw new ValidationException(name, "portal.download.error.column", column);
            }
            filters.add(values.size() == 1 ? RowFilter.equalTo(column, values.get(0)) : RowFilter.in(column, values));
        });
        return List.copyOf(filters);
    }

}
