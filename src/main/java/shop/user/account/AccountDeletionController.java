package shop.user.account;

import java.security.Principal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import shop.user.AccountSessions;
import shop.user.Customer;
import shop.user.Problems;
import shop.user.SignedInCustomers;
import shop.user.Texts;
import shop.user.account.AccountDeletion.Refusal;

/**
 * Delete my account: a confirmation page that asks for the current password, then the account goes, the
 * person is signed out everywhere (this session and every other session of the account) and sees that it
 * is done.
 */
@Controller
class AccountDeletionController {

    private final SignedInCustomers signedIn;
    private final AccountDeletion deletion;
    private final AccountSessions sessions;
    private final Texts texts;

    AccountDeletionController(SignedInCustomers signedIn, AccountDeletion deletion, AccountSessions sessions, Texts texts) {
        this.signedIn = signedIn;
        this.deletion = deletion;
        this.sessions = sessions;
        this.texts = texts;
    }

    @GetMapping("/account/delete")
    String confirm(Principal principal, Model model) {
        Customer customer = signedIn.of(principal);
        return page(customer, new Problems(), model);
    }

    @PostMapping("/account/delete")
    String delete(@RequestParam(defaultValue = "") String password, Principal principal, HttpServletRequest request,
            HttpServletResponse response, Model model) throws ServletException {
        Customer customer = signedIn.of(principal);
        try {
            deletion.delete(customer.id(), password);
        } catch (AccountDeletion.Refused refused) {
            Problems problems = new Problems();
            if (refused.reason() == Refusal.WRONG_PASSWORD) {
                problems.add("password", texts.get(password.isEmpty() ? "user.delete.password.required" : "user.delete.password.wrong"));
            } else {
                problems.add(Problems.FORM, texts.get(refusalCode(refused.reason())));
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(customer, problems, model);
        }
        request.logout();
        sessions.endAll(customer.email(), null); // other browsers, other devices
        return "redirect:/account/deleted";
    }

    @GetMapping("/account/deleted")
    String deleted() {
        return "user/account-deleted";
    }

    private String page(Customer customer, Problems problems, Model model) {
        model.addAttribute("customer", customer);
        model.addAttribute("problems", problems);
        model.addAttribute("blocker", deletion.blocker(customer.id()).map(reason -> texts.get(refusalCode(reason))).orElse(null));
        return "user/account-delete";
    }

    static String refusalCode(Refusal reason) {
        return switch (reason) {
            case BOOTSTRAPPED_ADMIN -> "user.delete.bootstrapped-admin";
            case LAST_ADMIN -> "user.delete.last-admin";
            case WRONG_PASSWORD -> "user.delete.password.wrong";
        };
    }
}
