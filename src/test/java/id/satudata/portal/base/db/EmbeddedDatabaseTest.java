package id.satudata.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void aRestartKeepsTheData() throws SQLException {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties("portal", 0, false, false);
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, properties);
                Connection c = DriverManager.getConnection(first.jdbcUrl());
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('masih ada')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder, properties);
                Connection c = DriverManager.getConnection(second.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v, version() from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("masih ada");
            assertThat(rs.getString(2)).startsWith("PostgreSQL 18");
        }
    }

    @Test
    void aFolderWhoseCreationWasCutOffIsSetAsideAndANewOneCreated() throws Exception {
        Path data = folder.resolve("pg");
        // what a power cut during the first start's initdb leaves: files, no PG_VERSION
        Files.createDirectories(data.resolve("base/1"));
        Files.writeString(data.resolve("epg-lock"), "");
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties("portal", 0, false, false);

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, properties);
                Connection c = DriverManager.getConnection(db.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
        }
        assertThat(data.resolve("PG_VERSION")).exists();
        try (Stream<Path> siblings = Files.list(folder)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.startsWith("pg.unfinished-"));
        }
    }

}
