package shop.catalog.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import shop.catalog.SearchVocabulary;
import shop.catalog.Suggestions;
import shop.common.web.HtmxRequest;

/**
 * Full-text search over names, brands, attributes and descriptions, ranked; a search that finds nothing is
 * tried again with misspelt words corrected. The header's search box gets suggestions as the shopper types.
 */
@Controller
class SearchController {

    private static final int SUGGESTIONS = 6;

    private final Suggestions suggestions;
    private final SearchVocabulary vocabulary;
    private final StorefrontModel page;

    SearchController(Suggestions suggestions, SearchVocabulary vocabulary, StorefrontModel page) {
        this.suggestions = suggestions;
        this.vocabulary = vocabulary;
        this.page = page;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false, defaultValue = "") String q,
            @RequestParam MultiValueMap<String, String> query,
            HtmxRequest htmx, Model model) {
        String text = clean(q);
        model.addAttribute("query", text);
        if (q.strip().length() > ListingParams.MAX_QUERY) {
            model.addAttribute("queryNotice", "Your search was shortened to " + ListingParams.MAX_QUERY + " characters.");
        }
        if (!text.isEmpty()) {
            var params = ListingParams.parse(query, null, text);
            var listing = page.listing(model, params, "/search");
            if (listing.total() == 0) {
                vocabulary.correct(text).ifPresent(corrected -> {
                    model.addAttribute("correctedFrom", text);
                    model.addAttribute("query", corrected);
                    page.listing(model, ListingParams.parse(query, null, corrected), "/search");
                });
            }
        }
        if (htmx.isHtmx()) {
            return text.isEmpty() ? "catalog/search :: tips" : "catalog/listing :: rendered";
        }
        page.chrome(model);
        return "catalog/search";
    }

    @GetMapping("/search/suggestions")
    String suggestions(@RequestParam(name = "q", required = false, defaultValue = "") String q, Model model) {
        String text = clean(q);
        model.addAttribute("suggestions", text.length() < 2 ? List.of() : suggestions.suggest(text, SUGGESTIONS));
        model.addAttribute("query", text);
        return "catalog/search :: suggestions";
    }

    /** What is worth searching for: no control characters, not overly long. */
    private static String clean(String q) {
        String text = q.replaceAll("[\\p{Cntrl}]", " ").strip();
        return text.length() > ListingParams.MAX_QUERY ? text.substring(0, ListingParams.MAX_QUERY).strip() : text;
    }
}
