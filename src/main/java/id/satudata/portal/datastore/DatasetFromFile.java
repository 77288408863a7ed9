package id.satudata.portal.datastore;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadRequest;
import id.satudata.portal.datastore.ingest.LoadResult;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.security.CurrentCaller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A new dataset made from one file: the schema is inferred from the file, the technical
 * team reviews it, and the same file is loaded. When the load is refused the dataset
 * stays (with its schema and the refused load in its history), so the team can correct
 * the schema and load the same file again without picking it again.
 */
@Service
public class DatasetFromFile {

    private final DatasetService datasets;

    private final LoadService loads;

    private final CurrentCaller caller;

    DatasetFromFile(DatasetService datasets, LoadService loads, CurrentCaller caller) {
        this.datasets = datasets;
        this.loads = loads;
        this.caller = caller;
    }

    /** What one try did: the dataset (made on the first try) and its load. */
    public record Outcome(Dataset dataset, LoadResult load) {
    }

    /** The schema proposed for the file (CSV or XLSX). */
    public TableSchema propose(String fileName, Path file) {
        DatasetAccess.requireManage(caller.get());
        try (InputStream in = Files.newInputStream(file)) {
            return datasets.inferSchema(in, format(fileName));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the dataset (or, on a later try, gives the one made before the reviewed
     * schema) and loads the file into it.
     * @param madeBefore the dataset of an earlier try with this file, or null
     */
    public Outcome createAndLoad(@Nullable Long madeBefore, DatasetDraft draft, TableSchema schema, String fileName,
            Path file) {
        DatasetAccess.requireManage(caller.get());
        // a schema the hub refuses must not leave a dataset without one behind
        schema.validate();
        if (schema.isEmpty()) {
            throw new ValidationException("fields", "datastore.error.schema.empty");
        }
        Dataset dataset = madeBefore == null ? datasets.create(draft) : datasets.get(madeBefore);
        if (!dataset.schema().equals(schema)) {
            dataset = datasets.defineSchema(dataset.id(), schema);
        }
        LoadRequest request = LoadRequest.of(dataset.id(), LoadMode.REPLACE, format(fileName)).withFileName(fileName);
        try (InputStream in = Files.newInputStream(file)) {
            LoadResult result = loads.load(request, in);
            return new Outcome(datasets.get(dataset.id()), result);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV unless the name says XLSX (as the sample upload reads it). */
    static PayloadFormat format(String fileName) {
        return PayloadFormat.ofFileName(fileName).filter(f -> f != PayloadFormat.JSON).orElse(PayloadFormat.CSV);
    }

}
