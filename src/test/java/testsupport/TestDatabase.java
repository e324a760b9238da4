package testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL all tests of a JVM share, chosen once: the server named by
 * {@code SHOP_TEST_DATABASE_URL} (with {@code SHOP_TEST_DATABASE_USER}/{@code _PASSWORD}), else a
 * Testcontainers PostgreSQL when a Docker engine answers, else an embedded PostgreSQL in a temporary
 * directory.
 */
public record TestDatabase(String url, String username, String password, String origin) {

    private static volatile TestDatabase shared;

    public static TestDatabase shared() {
        if (shared == null) {
            synchronized (TestDatabase.class) {
                if (shared == null) {
                    shared = start();
                }
            }
        }
        return shared;
    }

    private static TestDatabase start() {
        String url = System.getenv("SHOP_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabase(url, System.getenv("SHOP_TEST_DATABASE_USER"),
                    System.getenv("SHOP_TEST_DATABASE_PASSWORD"), "SHOP_TEST_DATABASE_URL");
        }
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers");
        }
        return embedded();
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestDatabase embedded() {
        try {
            var postgres = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            // Boot runs its shutdown handlers after closing every context: the server outlives their pools
            SpringApplication.getShutdownHandlers().add(() -> close(postgres));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null,
                    "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        }
    }
}
