package shop.user.registration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
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

/**
 * {@code /register}. Whatever the address, a valid form ends on the same "check your inbox" page: a new
 * address gets its confirmation link, an existing one a mail to its owner, so the page tells nobody which
 * addresses have accounts.
 */
@Controller
class RegistrationController {

    private final AccountRegistration registration;
    private final NewPasswordCheck passwords;
    private final Throttles throttles;

    RegistrationController(AccountRegistration registration, NewPasswordCheck passwords, Throttles throttles) {
        this.registration = registration;
        this.passwords = passwords;
        this.throttles = throttles;
    }

    @GetMapping("/register")
    String form(Model model) {
        registration.checkAvailable(); // no form to fill in vain while the user storage is down
        model.addAttribute("form", RegistrationForms.Registration.EMPTY);
        return "user/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForms.Registration form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        passwords.check(binding, form.password(), form.passwordConfirmation(), form.email(), form.name());
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "user/register";
        }
        var wait = throttles.mailRequest(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            binding.reject("user.too-many-requests", new Object[] {Throttles.minutes(wait.get())}, null);
            return "user/register";
        }
        try {
            registration.registerCustomer(form.email(), form.name(), form.password());
        } catch (DuplicateKeyException registeredAtTheSameMoment) {
            // the same answer as for any existing address
        }
        redirect.addFlashAttribute("email", form.email().strip());
        return "redirect:/register/check-inbox";
    }

    @GetMapping("/register/check-inbox")
    String checkInbox() {
        return "user/check-inbox";
    }
}
