package id.satudata.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.base.error.NotFoundException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class FolderDocumentStorageTest {

    @TempDir
    Path folder;

    private FolderDocumentStorage storage() {
        return new FolderDocumentStorage(
                new RegistryProperties(DataSize.ofMegabytes(20), 10, "folder", folder.toString()),
                new PortalProperties("./data", "Kaltim", "../shared", ZoneId.of("Asia/Makassar")));
    }

    @Test
    void storedBytesComeBackAndAreNeverReplaced() throws Exception {
        FolderDocumentStorage storage = storage();
        storage.store(1042, new byte[] { 1, 2, 3 });
        try (InputStream in = storage.open(1042)) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        assertThatThrownBy(() -> storage.store(1042, new byte[] { 9 })).isInstanceOf(IllegalStateException.class);
        try (InputStream in = storage.open(1042)) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        assertThatThrownBy(() -> storage().open(7)).isInstanceOf(NotFoundException.class);
    }

}
