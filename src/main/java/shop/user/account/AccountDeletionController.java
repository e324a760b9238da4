package shop.user.account;

import java.security.Principal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import shop.user.AccountSessions;
import shop.user.Customer;
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

    /** The confirmation form: the current password, checked by {@link AccountDeletion}, never echoed back. */
    record DeletionForm(String password) {

        DeletionForm {
            password = password == null ? "" : password;
        }
    }

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
        model.addAttribute("form", new DeletionForm(""));
        return page(customer, model);
    }

    @PostMapping("/account/delete")
    String delete(@ModelAttribute("form") DeletionForm form, BindingResult binding, Principal principal,
            HttpServletRequest request, HttpServletResponse response, Model model) throws ServletException {
        Customer customer = signedIn.of(principal);
        String password = form.password();
        try {
            deletion.delete(customer.id(), password);
        } catch (AccountDeletion.Refused refused) {
            if (refused.reason() == Refusal.WRONG_PASSWORD) {
                binding.rejectValue("password", password.isEmpty() ? "user.delete.password.required" : "user.delete.password.wrong");
            } else {
                binding.reject(refusalCode(refused.reason()));
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(customer, model);
        }
        request.logout();
        sessions.endAll(customer.email(), null); // other browsers, other devices
        return "redirect:/account/deleted";
    }

    @GetMapping("/account/deleted")
    String deleted() {
        return "user/account-deleted";
    }

    private String page(Customer customer, Model model) {
        model.addAttribute("customer", customer);
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
