package embeddedpostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A PostgreSQL server in a child process whose data directory survives restarts. Spring stops it when
 * the context closes, after the connection pool: zonky's own shutdown hook would race Spring's and
 * leave the pool waiting on a dead server.
 */
public final class EmbeddedPostgresServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final String database;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    public static EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
        Path dir = settings.dir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            OrphanedServer.stopIfAny(dir);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(settings.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            var server = new EmbeddedPostgresServer(postgres, settings.database());
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL {} serves {} (data in {})", postgres.getPort(), server.jdbcUrl(), dir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", database);
    }

    public String username() {
        return "postgres";
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    @Override
    public void destroy() throws IOException {
        postgres.close();
    }
}
