package id.satudata.portal.portal;

import java.util.List;

/** One line of download links (whole or filtered data) in each format. */
public record DownloadRow(String id, String labelKey, String rows, List<Link> links) {

    /** A download link: format name, file extension, address. */
    public record Link(String format, String extension, String url) {
    }

}
