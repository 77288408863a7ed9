package id.satudata.portal.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The portal's database inside the embedded PostgreSQL server; created on first start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final Path serverDir;

    private final EmbeddedPostgres server;

    private final String database;

    private EmbeddedDatabase(Path serverDir, EmbeddedPostgres server, String database) {
        this.serverDir = serverDir;
        this.server = server;
        this.database = database;
    }

    static EmbeddedDatabase start(Path serverDir, EmbeddedDatabaseProperties properties) {
        if (!properties.database().matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Invalid embedded database name: " + properties.database());
        }
        EmbeddedPostgres server = EmbeddedPostgresServers.acquire(serverDir, properties);
        EmbeddedDatabase db = new EmbeddedDatabase(serverDir, server, properties.database());
        db.createIfMissing();
        return db;
    }

    private void createIfMissing() {
        try (Connection c = server.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + database);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database " + database, e);
        }
    }

    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", database);
    }

    public int port() {
        return server.getPort();
    }

    public String database() {
        return database;
    }

    @Override
    public void close() {
        EmbeddedPostgresServers.release(serverDir);
    }

}
