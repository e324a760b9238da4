package shop.user.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import shop.user.AddressNotFound;

/**
 * How the account pages end when something is off: an address that is not in the customer's book is not
 * found (whether it exists in another book or not); a session whose account is gone is signed out. (When the
 * user module's storage fails, {@link shop.common.web.StorageUnavailable} answers for every page of the module.)
 */
@ControllerAdvice(assignableTypes = { AccountController.class, AddressBookController.class,
        AccountDeletionController.class })
class AccountPagesAdvice {

    @ExceptionHandler(AddressNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(AccountGone.class)
    String signOut(HttpServletRequest request) throws ServletException {
        request.logout();
        return "redirect:/login";
    }
}
