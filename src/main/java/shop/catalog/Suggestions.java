package shop.catalog;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import shop.catalog.Views.Suggestion;

/** What the search box offers as the shopper types: categories and products whose names resemble the words. */
@Service
public class Suggestions {

    private final JdbcClient jdbc;

    Suggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to three categories, then up to {@code limit} products, best match first (trigram indexes). */
    public List<Suggestion> suggest(String typed, int limit) {
        return jdbc.sql("""
                        (select 'category' as kind, name, '/c/' || slug as url, word_similarity(:q, name) as score
                           from catalog.category where :q <% name or name ilike :prefix
                          order by score desc, name limit 3)
                        union all
                        (select 'product', name, '/p/' || slug, word_similarity(:q, name)
                           from catalog.product where status = 'PUBLISHED' and (:q <% name or name ilike :prefix)
                          order by 4 desc, name limit :limit)
                        """)
                .param("q", typed)
                .param("prefix", escapeLike(typed) + "%")
                .param("limit", limit)
                .query((rs, n) -> new Suggestion(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
