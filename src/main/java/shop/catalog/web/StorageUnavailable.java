package shop.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the catalog's storage fails on a page that has nothing to fall back on (a listing, a search, a
 * product nobody looked at lately), the shopper gets the layout with a friendly notice, not an error page.
 */
@ControllerAdvice(assignableTypes = {CategoryController.class, SearchController.class, ProductController.class,
        HomeController.class})
class StorageUnavailable {

    private static final Logger log = LoggerFactory.getLogger(StorageUnavailable.class);

    private final StorefrontModel page;

    StorageUnavailable(StorefrontModel page) {
        this.page = page;
    }

    @ExceptionHandler(DataAccessException.class)
    ModelAndView unavailable(DataAccessException failure, HttpServletRequest request) {
        log.warn("Catalog storage unavailable for {}: {}", request.getRequestURI(), failure.getMostSpecificCause().getMessage());
        var model = new ExtendedModelMap();
        boolean htmx = request.getHeader("HX-Request") != null;
        if (!htmx) {
            page.chrome(model);
        }
        return new ModelAndView(htmx ? "catalog/unavailable :: notice" : "catalog/unavailable", model,
                HttpStatus.SERVICE_UNAVAILABLE);
    }
}
