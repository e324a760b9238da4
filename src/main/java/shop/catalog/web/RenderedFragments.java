package shop.catalog.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

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
    private final SpringTemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final ConversionService conversionService;
    private final JakartaServletWebApplication web;

    RenderedFragments(SpringTemplateEngine templates, ApplicationContext applicationContext,
            @Qualifier("mvcConversionService") ConversionService conversionService, ServletContext servletContext) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.conversionService = conversionService;
        this.web = JakartaServletWebApplication.buildApplication(servletContext);
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
        var request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        var all = new HashMap<String, Object>(variables);
        all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, conversionService));
        var context = new WebContext(web.buildExchange(request.getRequest(), request.getResponse()),
                LocaleContextHolder.getLocale(), all);
        return templates.process(template, Set.of(fragment), context);
    }

    /** What a piece of HTML is made from. */
    private record Key(String fragment, Object source, Locale locale) {
    }
}
