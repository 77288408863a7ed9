package id.satudata.portal.portal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of a public download, by file extension. */
public enum DownloadFormat {

    CSV("text/csv;charset=UTF-8"), JSON("application/json"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    DownloadFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DownloadFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension().equals(extension)).findFirst();
    }

}
