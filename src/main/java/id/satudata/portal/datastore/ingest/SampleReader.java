package id.satudata.portal.datastore.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Reads the first rows of a sample file (CSV or XLSX) for schema inference. */
public final class SampleReader {

    static final int SAMPLE_ROWS = 2000;

    private SampleReader() {
    }

    public static List<String[]> read(InputStream in, PayloadFormat format) throws IOException {
        if (format == PayloadFormat.XLSX) {
            Path temp = Files.createTempFile("satudata-sample-", ".xlsx");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                try (XlsxRows rows = new XlsxRows(temp)) {
                    return take(rows);
                }
            }
            finally {
                Files.deleteIfExists(temp);
            }
        }
        if (format != PayloadFormat.CSV) {
            throw new PayloadException(LoadProblem.UNSUPPORTED_TYPE, 0, ErrorReason.SAMPLE_FORMAT);
        }
        try (CsvRows rows = new CsvRows(new TextDecoder(in, false, false), null, 1_000_000)) {
            return take(rows);
        }
    }

    private static List<String[]> take(RawRows rows) throws IOException {
        List<String[]> sample = new ArrayList<>();
        for (String[] row = rows.next(); row != null && sample.size() < SAMPLE_ROWS; row = rows.next()) {
            if (Headers.filled(row) > 0) {
                sample.add(row);
            }
        }
        if (sample.isEmpty()) {
            throw new PayloadException(LoadProblem.EMPTY, 0, ErrorReason.NO_ROWS);
        }
        return sample;
    }

}
