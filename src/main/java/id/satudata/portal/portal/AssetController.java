package id.satudata.portal.portal;

import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /pub/<name>.<hash>.<ext>}: a public asset, cached for a year (immutable: a
 * change makes a new name); an unknown name is 404.
 */
@RestController
class AssetController {

    private final PublicAssets assets;

    AssetController(PublicAssets assets) {
        this.assets = assets;
    }

    @GetMapping(PublicAssets.PATH + "{name:.+}")
    ResponseEntity<byte[]> asset(@PathVariable String name) {
        return assets.byHashedName(name)
            .map(a -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
                .body(a.bytes()))
            .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

}
