package shop.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words of the published catalog (names, brands, attribute values), unstemmed, so that a misspelt
 * search word can be corrected to the closest real one: "jakcet" → "jacket".
 */
@Component
public class SearchVocabulary {

    private final JdbcClient jdbc;

    SearchVocabulary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void rebuild() {
        jdbc.sql("delete from catalog.search_word").update();
        jdbc.sql("""
                        insert into catalog.search_word (word, products)
                        select word, ndoc from ts_stat($$
                            select to_tsvector('simple', name || ' ' || brand || ' ' ||
                                   coalesce((select string_agg(value, ' ') from jsonb_each_text(attributes)), ''))
                            from catalog.product where status = 'PUBLISHED'$$)
                        where length(word) > 1 and word !~ '^[0-9]+$'
                        """)
                .update();
    }

    /**
     * The query with each unknown word replaced by the closest known one, if any word changed. Words of
     * three letters or fewer are left alone: too short to correct safely. Kept with the listings, until the
     * catalog (and with it the vocabulary) changes.
     */
    @Cacheable(cacheNames = CatalogCaches.LISTINGS, key = "'correction:' + #query")
    public Optional<String> correct(String query) {
        boolean changed = false;
        List<String> words = new ArrayList<>();
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String corrected = word.length() <= 3 || known(word) ? word : closest(word).orElse(word);
            changed |= !corrected.equals(word);
            words.add(corrected);
        }
        return changed ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    private boolean known(String word) {
        return jdbc.sql("select exists (select 1 from catalog.search_word where word = ?)").param(word)
                .query(Boolean.class).single();
    }

    private Optional<String> closest(String word) {
        int allowed = word.length() <= 5 ? 1 : 2;
        return jdbc.sql("""
                        select word from catalog.search_word
                        where length(word) between :length - :allowed and :length + :allowed
                          and levenshtein_less_equal(word, :word, :allowed) <= :allowed
                        order by levenshtein_less_equal(word, :word, :allowed), products desc, word
                        limit 1
                        """)
                .param("word", word).param("length", word.length()).param("allowed", allowed)
                .query(String.class).optional();
    }
}
