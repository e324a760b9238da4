package shop.catalog.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import shop.common.web.FragmentRenderer;

/**
 * Storefront HTML that is the same for every visitor, rendered once per distinct value. Rendering templates
 * was most of the cost of a category page and of the home page, and a listing or a product card contains no
 * per-visitor value (no CSRF token, no name). The HTML is a function of the values it is made from (immutable
 * records, compared by value) and of the locale, so it is kept by those: a page read anew from the database,
 * with the caches off or after the catalog changed, finds the HTML of every card, navigation and heading that
 * did not change, and only what changed is rendered again. Bounded by the characters kept; what is not asked
 * for ages out.
 */
@Component
class RenderedFragments {

    /** At most this many characters of HTML are kept (a card is about 700, a listing about 25,000), with the values they were made from. */
    private static final long MAX_CHARACTERS = 16L * 1024 * 1024;

    private final Cache<Key, String> html = Caffeine.newBuilder().maximumWeight(MAX_CHARACTERS)
            .weigher((Key key, String text) -> text.length()).expireAfterAccess(Duration.ofMinutes(30)).build();
    private final FragmentRenderer renderer;

    RenderedFragments(FragmentRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * {@code template :: fragment} rendered from {@code variables} once for {@code source}: a value (or a
     * list of values) that determines everything the fragment shows.
     */
    String cached(Object source, String template, String fragment, Supplier<Map<String, Object>> variables) {
        return text(source, template + " :: " + fragment, () -> render(template, fragment, variables.get()));
    }

    /** Any other text made from {@code source} alone (a page's JSON-LD), made once for it. */
    String text(Object source, String name, Supplier<String> text) {
        // not a computing get: making one piece (the shelves) may ask for others (their cards)
        var key = new Key(name, source, LocaleContextHolder.getLocale());
        String made = html.getIfPresent(key);
        if (made == null) {
            made = text.get();
            html.put(key, made);
        }
        return made;
    }

    /** {@code template :: fragment} rendered for the current request. */
    String render(String template, String fragment, Map<String, Object> variables) {
        return renderer.render(template, fragment, variables);
    }

    /** What a piece of HTML is made from. */
    private record Key(String fragment, Object source, Locale locale) {
    }
}
