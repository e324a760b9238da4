package shop.common.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
 * Renders {@code template :: fragment} to a string for the current request, with the same expression
 * context (beans, conversion, links, messages) as a view would have. For HTML that is the same for many
 * requests and therefore rendered once and kept (the page chrome, a product card): callers keep the result.
 */
@Component
public class FragmentRenderer {

    private final SpringTemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final ConversionService conversionService;
    private final JakartaServletWebApplication web;

    FragmentRenderer(SpringTemplateEngine templates, ApplicationContext applicationContext,
            @Qualifier("mvcConversionService") ConversionService conversionService, ServletContext servletContext) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.conversionService = conversionService;
        this.web = JakartaServletWebApplication.buildApplication(servletContext);
    }

    /** {@code template :: fragment} rendered with {@code variables}, in the current request. */
    public String render(String template, String fragment, Map<String, ?> variables) {
        var request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        var all = new HashMap<String, Object>(variables);
        // one per rendering: Thymeleaf sets each rendering's expression objects (#uris...) on it, so a shared
        // one lets concurrent renderings see each other's (or none: "escapeQueryParam on null context object")
        all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, conversionService));
        var context = new WebContext(web.buildExchange(request.getRequest(), request.getResponse()),
                LocaleContextHolder.getLocale(), all);
        return templates.process(template, Set.of(fragment), context);
    }
}
