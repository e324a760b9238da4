package shop.user;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the user module's storage fails, its pages (registration, account pages, links from mails) show a
 * friendly "temporarily unavailable" notice inside the layout with 503, never an error page. Signed-in
 * shoppers keep browsing the rest of the shop: their session lives in the session store, not here.
 */
@ControllerAdvice(basePackages = "shop.user")
class UserStorageUnavailable {

    private static final Logger log = LoggerFactory.getLogger(UserStorageUnavailable.class);

    @ExceptionHandler(DataAccessException.class)
    ModelAndView unavailable(DataAccessException failure, HttpServletRequest request) {
        log.warn("User storage unavailable for {}: {}", request.getRequestURI(), failure.getMostSpecificCause().getMessage());
        boolean htmx = request.getHeader("HX-Request") != null;
        return new ModelAndView(htmx ? "user/unavailable :: notice" : "user/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    }
}
