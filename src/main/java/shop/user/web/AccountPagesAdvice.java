package shop.user.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import shop.user.AddressNotFound;

/**
 * How the account pages end when something is off: an address that is not in the customer's book is not
 * found (whether it exists in another book or not); a session whose account is gone is signed out; and
 * when the user module's storage fails the customer gets a notice inside the layout, not an error page.
 */
@ControllerAdvice(assignableTypes = { AccountController.class, AddressBookController.class,
        AccountDeletionController.class })
class AccountPagesAdvice {

    private static final Logger log = LoggerFactory.getLogger(AccountPagesAdvice.class);

    @ExceptionHandler(AddressNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(AccountGone.class)
    String signOut(HttpServletRequest request) throws ServletException {
        request.logout();
        return "redirect:/login";
    }

    @ExceptionHandler(DataAccessException.class)
    ModelAndView unavailable(DataAccessException failure, HttpServletRequest request) {
        log.warn("User storage unavailable for {}: {}", request.getRequestURI(), failure.getMostSpecificCause().getMessage());
        boolean htmx = request.getHeader("HX-Request") != null;
        return new ModelAndView(htmx ? "user/unavailable :: notice" : "user/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    }
}
