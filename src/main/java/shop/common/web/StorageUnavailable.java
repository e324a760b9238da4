package shop.common.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * When a module's storage fails on a page that has nothing to fall back on, the person gets the layout with
 * a notice in the module's words and HTTP 503 (an htmx request gets the notice alone, to swap in where the
 * part it asked for would go), never an error page. The words come from {@code unavailable.<module>.title}
 * and {@code .text} in the messages, the shop's general ones where a module has none. The JSON API answers
 * with problem details instead ({@link ApiProblems}).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class StorageUnavailable {

    private static final Logger log = LoggerFactory.getLogger(StorageUnavailable.class);

    private final MessageSource messages;
    private final StaticChrome staticChrome;
    private final List<FailurePageChrome> chrome;

    StorageUnavailable(MessageSource messages, StaticChrome staticChrome, List<FailurePageChrome> chrome) {
        this.messages = messages;
        this.staticChrome = staticChrome;
        this.chrome = chrome;
    }

    @ExceptionHandler(DataAccessException.class)
    ModelAndView unavailable(DataAccessException failure, HandlerMethod handler, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        String module = moduleOf(handler);
        log.warn("{} storage unavailable for {}: {}", module, request.getRequestURI(),
                failure.getMostSpecificCause().getMessage());
        var htmx = HtmxRequest.of(request);
        var model = new HashMap<String, Object>();
        model.put("noticeTitle", text(module, "title", locale));
        model.put("noticeText", text(module, "text", locale));
        model.put("noticeId", htmx.target() != null ? htmx.target() : module + "-unavailable");
        if (!htmx.isHtmx()) {
            model.put("viewer", Viewer.of(request));
            model.put("staticChrome", staticChrome);
            chrome.forEach(part -> part.addTo(model));
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ApiProblems.RETRY_AFTER.toSeconds()));
        return new ModelAndView(htmx.isHtmx() ? "layout/unavailable :: notice" : "layout/unavailable", model,
                HttpStatus.SERVICE_UNAVAILABLE);
    }

    private String text(String module, String part, Locale locale) {
        String general = messages.getMessage("error.unavailable." + part, null, locale);
        return messages.getMessage("unavailable." + module + "." + part, null, general, locale);
    }

    /** {@code shop.catalog.web.SearchController} → {@code catalog}. */
    private static String moduleOf(HandlerMethod handler) {
        String[] packages = handler.getBeanType().getPackageName().split("\\.");
        return packages.length > 1 ? packages[1] : "shop";
    }
}
