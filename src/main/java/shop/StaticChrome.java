package shop;

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
 * The parts of the layout that are the same on every page: the stylesheet and script links, and the header
 * bar as a guest sees it (outside search, whose box shows the query). Rendered from {@code layout/page} once
 * per process, at the first page that needs them; the layout renders them inline where they differ (a
 * signed-in person's header, error pages without a model).
 */
@Component
public class StaticChrome {

    private static final String LAYOUT = "layout/page";

    private final SpringTemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final ConversionService conversionService;
    private final JakartaServletWebApplication web;
    private volatile String assets;
    private volatile String guestHeaderBar;

    StaticChrome(SpringTemplateEngine templates, ApplicationContext applicationContext,
            @Qualifier("mvcConversionService") ConversionService conversionService, ServletContext servletContext) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.conversionService = conversionService;
        this.web = JakartaServletWebApplication.buildApplication(servletContext);
    }

    /** The viewer whose header is {@link #guestHeaderBar()}. */
    public Viewer guest() {
        return Viewer.GUEST;
    }

    public String assets() {
        String html = assets;
        if (html == null) {
            assets = html = render("assets");
        }
        return html;
    }

    public String guestHeaderBar() {
        String html = guestHeaderBar;
        if (html == null) {
            guestHeaderBar = html = render("header-bar");
        }
        return html;
    }

    /** Rendering twice at the very start is harmless: both renderings are the same. */
    private String render(String fragment) {
        var request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        var context = new WebContext(web.buildExchange(request.getRequest(), request.getResponse()),
                LocaleContextHolder.getLocale(), Map.of("viewer", Viewer.GUEST,
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, conversionService)));
        return templates.process(LAYOUT, Set.of(fragment), context);
    }
}
