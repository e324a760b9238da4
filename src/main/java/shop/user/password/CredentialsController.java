package shop.user.password;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shop.user.NewPasswordCheck;
import shop.user.Throttles;
import shop.user.password.CredentialChanges.Holder;
import shop.user.password.CredentialChanges.Outcome;

/**
 * A signed-in customer changes their password ({@code /account/password}) or address
 * ({@code /account/email}); both ask for the current password. The address changes only once the link
 * sent to the new one is opened.
 */
@Controller
class CredentialsController {

    private final CredentialChanges changes;
    private final NewPasswordCheck passwords;

    CredentialsController(CredentialChanges changes, NewPasswordCheck passwords) {
        this.changes = changes;
        this.passwords = passwords;
    }

    @GetMapping("/account/password")
    String passwordForm(Principal principal, Model model) {
        if (changes.holder(principal.getName()).isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute("form", new PasswordForms.PasswordChange("", "", ""));
        return "user/change-password";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordForms.PasswordChange form, BindingResult binding,
            Principal principal, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        Holder holder = changes.holder(principal.getName()).orElse(null);
        if (holder == null) {
            return "redirect:/login";
        }
        passwords.check(binding, form.password(), form.passwordConfirmation(), holder.email(), holder.displayName());
        if (!binding.hasErrors()) {
            HttpSession session = request.getSession(false);
            Outcome outcome = changes.changePassword(holder.email(), form.currentPassword(), form.password(),
                    request.getRemoteAddr(), session == null ? null : session.getId());
            if (outcome.result() == CredentialChanges.Result.DONE) {
                redirect.addFlashAttribute("notice", "passwordChanged");
                return "redirect:/account/password";
            }
            refused(outcome, binding);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "user/change-password";
    }

    @GetMapping("/account/email")
    String emailForm(Principal principal, Model model) {
        Holder holder = changes.holder(principal.getName()).orElse(null);
        if (holder == null) {
            return "redirect:/login";
        }
        model.addAttribute("current", holder.email());
        model.addAttribute("form", PasswordForms.EmailChange.EMPTY);
        return "user/change-email";
    }

    @PostMapping("/account/email")
    String changeEmail(@Valid @ModelAttribute("form") PasswordForms.EmailChange form, BindingResult binding,
            Principal principal, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        Holder holder = changes.holder(principal.getName()).orElse(null);
        if (holder == null) {
            return "redirect:/login";
        }
        if (!binding.hasErrors()) {
            Outcome outcome = changes.requestEmailChange(holder.email(), form.currentPassword(), form.email(),
                    request.getRemoteAddr());
            if (outcome.result() == CredentialChanges.Result.DONE) {
                redirect.addFlashAttribute("notice", "emailChangeSent");
                redirect.addFlashAttribute("newEmail", form.email().strip());
                return "redirect:/account/email";
            }
            refused(outcome, binding);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("current", holder.email());
        return "user/change-email";
    }

    private static void refused(Outcome outcome, BindingResult binding) {
        switch (outcome.result()) {
            case WRONG_PASSWORD -> binding.rejectValue("currentPassword", "user.current-password.wrong");
            case THROTTLED -> binding.rejectValue("currentPassword", "user.throttled",
                    new Object[] {Throttles.minutes(outcome.retryAfter())}, null);
            case SAME_ADDRESS -> binding.rejectValue("email", "user.email.same");
            case DONE, NO_ACCOUNT -> throw new IllegalStateException("Not a refusal: " + outcome.result());
        }
    }
}
