package shop.catalog;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What search engines are told exists: every published product's address with its last change. */
@Service
public class Sitemap {

    private final JdbcClient jdbc;

    Sitemap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} published products, oldest first (a stable order for crawlers). */
    public List<Entry> products(int limit) {
        return jdbc.sql("select slug, updated_at from catalog.product where status = 'PUBLISHED' order by id limit ?")
                .param(limit)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    /** A product's address (by slug) and when it last changed. */
    public record Entry(String slug, Instant updatedAt) {
    }
}
