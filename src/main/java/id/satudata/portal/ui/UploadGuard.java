package id.satudata.portal.ui;

import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The server side of an upload's size limit ({@link UploadTexts} sets the browser side):
 * Vaadin sends a file as the raw request body, which neither the browser check (a script
 * can skip it) nor {@code spring.servlet.multipart} limits, so a body announced larger
 * than the limit is rejected before a byte of it is read or stored.
 */
public final class UploadGuard {

    private UploadGuard() {
    }

    /** The handler, refusing a body larger than {@code maxBytes} without reading it. */
    public static UploadHandler limit(long maxBytes, UploadHandler handler) {
        return event -> {
            if (event.getFileSize() > maxBytes) {
                event.reject(event.getOwningComponent()
                    .getTranslation("upload.tooBig", Math.max(1, maxBytes / (1024 * 1024))));
                return;
            }
            handler.handleUploadRequest(event);
        };
    }

}
