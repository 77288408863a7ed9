package id.satudata.portal.registry;

import static id.satudata.portal.jooq.Tables.INTEGRATION_DOCUMENT;
import static id.satudata.portal.jooq.Tables.INTEGRATION_DOCUMENT_CONTENT;
import static id.satudata.portal.jooq.Tables.INTEGRATION_EVENT;
import static id.satudata.portal.registry.RegistryFixtures.as;
import static id.satudata.portal.registry.RegistryFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.test.PortalTest;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** The database itself refuses to change or remove history and documents. */
@PortalTest
class AppendOnlyHistoryTest {

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    RegistryService registry;

    @Autowired
    DSLContext db;

    @Test
    void eventsCannotBeUpdatedDeletedOrTruncated() {
        RegistryFixtures.Cast cast = fixtures.cast("Setda");
        long id = fixtures.request(cast, "KALTIM").id();
        assertThatThrownBy(() -> db.update(INTEGRATION_EVENT)
            .set(INTEGRATION_EVENT.NOTE, "diubah")
            .where(INTEGRATION_EVENT.INTEGRATION_ID.eq(id))
            .execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(
                () -> db.deleteFrom(INTEGRATION_EVENT).where(INTEGRATION_EVENT.INTEGRATION_ID.eq(id)).execute())
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.truncate(INTEGRATION_EVENT).cascade().execute())
            .isInstanceOf(DataAccessException.class);
    }

    @Test
    void documentsAndTheirContentCannotBeUpdatedOrDeleted() {
        RegistryFixtures.Cast cast = fixtures.cast("Setwan");
        Integration integration = as(cast.opdUser(),
                () -> registry.create(RegistryFixtures.requestOf(cast, "KALTIM"), List.of(pdf("surat.pdf"))));
        long documentId = as(cast.opdUser(), () -> registry.documents(integration.id())).getFirst().id();
        assertThatThrownBy(() -> db.update(INTEGRATION_DOCUMENT)
            .set(INTEGRATION_DOCUMENT.FILE_NAME, "lain.pdf")
            .where(INTEGRATION_DOCUMENT.ID.eq(documentId))
            .execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.deleteFrom(INTEGRATION_DOCUMENT_CONTENT)
            .where(INTEGRATION_DOCUMENT_CONTENT.DOCUMENT_ID.eq(documentId))
            .execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

}
