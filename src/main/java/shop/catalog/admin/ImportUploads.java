package shop.catalog.admin;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files waiting for their admin's confirmation, in {@code catalog.product_import}: the
 * browser only holds a random token, and a token is only good for the admin who uploaded the file and
 * only for {@link ImportSettings#keepFor()}. Any node of the shop can answer the confirmation.
 */
@Component
class ImportUploads {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ImportSettings settings;

    ImportUploads(JdbcClient jdbc, ImportSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    record Upload(String token, String fileName, byte[] content, ImportMode mode, Instant uploadedAt) {
    }

    String keep(String owner, String fileName, byte[] content, ImportMode mode) {
        jdbc.sql("delete from catalog.product_import where created_at < ?")
                .param(Timestamp.from(Instant.now().minus(settings.keepFor()))).update();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into catalog.product_import (token, owner, file_name, content, mode) values (?, ?, ?, ?, ?)")
                .params(token, owner, fileName, content, mode.name()).update();
        return token;
    }

    Optional<Upload> find(String token, String owner) {
        return jdbc.sql("""
                        select token, file_name, content, mode, created_at from catalog.product_import
                        where token = ? and owner = ? and created_at >= ?
                        """)
                .params(token, owner, Timestamp.from(Instant.now().minus(settings.keepFor())))
                .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3),
                        ImportMode.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .optional();
    }

    void forget(String token) {
        jdbc.sql("delete from catalog.product_import where token = ?").param(token).update();
    }
}
