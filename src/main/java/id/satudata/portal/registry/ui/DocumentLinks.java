package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.registry.DocumentContent;
import id.satudata.portal.registry.IntegrationDocument;
import id.satudata.portal.registry.RegistryService;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * Download links for registry documents; each download asks the service, which checks
 * that the user may see the integration.
 */
final class DocumentLinks {

    private final RegistryService registry;

    private final RegistryFormat format;

    DocumentLinks(RegistryService registry, RegistryFormat format) {
        this.registry = registry;
        this.format = format;
    }

    Anchor link(IntegrationDocument document) {
        long id = document.id();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                DocumentContent content = registry.openDocument(id);
                IntegrationDocument d = content.document();
                return new DownloadResponse(content.stream(), d.fileName(), d.contentType(), d.sizeBytes());
            }
            catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            }
            catch (NotFoundException e) {
                return DownloadResponse.error(404);
            }
        }), AttachmentType.DOWNLOAD, document.fileName());
        anchor.setId("document-" + id);
        anchor.addClassName("registry-document");
        anchor
            .setTitle(document.kind() + " · " + format.size(document.sizeBytes()) + " · SHA-256 " + document.sha256());
        return anchor;
    }

    Div list(List<IntegrationDocument> documents) {
        Div links = new Div();
        links.addClassNames("flex", "flex-wrap", "gap-s");
        documents.forEach(d -> links.add(link(d)));
        return links;
    }

}
