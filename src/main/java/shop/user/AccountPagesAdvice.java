package shop.user;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A session whose account is gone (deleted in another browser) is signed out and sent to the sign-in page,
 * whichever of the module's pages it asked for. (When the user module's storage fails,
 * {@link shop.common.web.StorageUnavailable} answers for every page.)
 */
@ControllerAdvice(basePackages = "shop.user")
class AccountPagesAdvice {

    @ExceptionHandler(AccountGone.class)
    String signOut(HttpServletRequest request) throws ServletException {
        request.logout();
        return "redirect:/login";
    }
}
