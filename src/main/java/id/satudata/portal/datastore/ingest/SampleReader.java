package id.satudata.portal.datastore.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first rows of a sample file (CSV or XLSX, read by {@link BodyReader}) for
 * schema inference.
 */
public final class SampleReader {

    static final int SAMPLE_ROWS = 2000;

    private SampleReader() {
    }

    public static List<String[]> read(InputStream in, PayloadFormat format) throws IOException {
        try (BodyReader body = BodyReader.sample(in, format)) {
            return take(body.cells());
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
