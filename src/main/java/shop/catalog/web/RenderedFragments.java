package shop.catalog.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * Storefront HTML that is the same for every visitor, rendered once per cached value. Rendering templates
 * was most of the cost of a category page and of the home page, and a listing or a product card contains no
 * per-visitor value (no CSRF token, no name). The HTML lives exactly as long as the cached value it was made
 * from: keys are weak and compared by identity, so when the catalog changes and its caches are cleared, a new
 * value is read and rendered, and the old HTML goes with the old value.
 */
@Component
class RenderedFragments {

    private final Map<String, Cache<Object, String>> caches = new ConcurrentHashMap<>();
    private final Cache<Sources, String> composites = Caffeine.newBuilder().maximumSize(5_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
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

    /** {@code template :: fragment} rendered from {@code variables} once for as long as {@code source} lives. */
    String cached(Object source, String template, String fragment, Supplier<Map<String, Object>> variables) {
        return caches.computeIfAbsent(template + " :: " + fragment, unused -> newCache())
                .get(source, unused -> render(template, fragment, variables.get()));
    }

    /**
     * {@code template :: fragment} rendered once for as long as every one of {@code sources} is the very
     * instance it was rendered from (a page made of several cached values, such as the home page's shelves).
     */
    String cached(List<?> sources, String template, String fragment, Supplier<Map<String, Object>> variables) {
        return composites.get(new Sources(template + " :: " + fragment, sources),
                unused -> render(template, fragment, variables.get()));
    }

    /** Any other text made from {@code source} alone (a page's JSON-LD), made once for as long as it lives. */
    String text(Object source, String name, Supplier<String> text) {
        return caches.computeIfAbsent(name, unused -> newCache()).get(source, unused -> text.get());
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

    /**
     * Cached values compared by identity, as the weak keys of the single-source caches are. Held strongly,
     * so bounded like the product pages' cache: a changed catalog makes new instances and the old entries age out.
     */
    private record Sources(String fragment, List<?> values) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Sources that) || !fragment.equals(that.fragment) || values.size() != that.values.size()) {
                return false;
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != that.values.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = fragment.hashCode();
            for (Object value : values) {
                hash = 31 * hash + System.identityHashCode(value);
            }
            return hash;
        }
    }

    private static Cache<Object, String> newCache() {
        return Caffeine.newBuilder().weakKeys().maximumSize(5_000).build();
    }
}
