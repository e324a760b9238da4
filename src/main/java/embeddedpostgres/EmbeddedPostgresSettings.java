package embeddedpostgres;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data, which port it listens on (0: any free port) and which
 * database the shop uses in it.
 */
@ConfigurationProperties("shop.embedded-db")
public record EmbeddedPostgresSettings(
        @DefaultValue("./data/postgres") Path dir,
        @DefaultValue("0") int port,
        @DefaultValue("shop") String database) {
}
