package shop.user.registration;

import java.util.List;

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

import shop.user.FormErrors;
import shop.user.NewPasswordCheck;
import shop.user.Texts;
import shop.user.Throttles;

/**
 * {@code /register}. Whatever the address, a valid form ends on the same "check your inbox" page: a new
 * address gets its confirmation link, an existing one a mail to its owner, so the page tells nobody which
 * addresses have accounts.
 */
@Controller
class RegistrationController {

    static final List<String> FIELDS = List.of("name", "email", "password", "passwordConfirmation");

    private final AccountRegistration registration;
    private final NewPasswordCheck passwords;
    private final Throttles throttles;
    private final Texts texts;

    RegistrationController(AccountRegistration registration, NewPasswordCheck passwords, Throttles throttles,
            Texts texts) {
        this.registration = registration;
        this.passwords = passwords;
        this.throttles = throttles;
        this.texts = texts;
    }

    @GetMapping("/register")
    String form(Model model) {
        registration.checkAvailable(); // no form to fill in vain while the user storage is down
        model.addAttribute("form", RegistrationForms.Registration.EMPTY);
        model.addAttribute("errors", FormErrors.none());
        return "user/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForms.Registration form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        FormErrors errors = FormErrors.of(binding, FIELDS);
        passwords.check(errors, form.password(), form.passwordConfirmation(), form.email(), form.name());
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", errors);
            return "user/register";
        }
        var wait = throttles.mailRequest(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("errors", FormErrors.none());
            model.addAttribute("tooMany", texts.get("user.too-many-requests", Throttles.minutes(wait.get())));
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
