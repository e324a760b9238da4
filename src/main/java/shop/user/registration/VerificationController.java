package shop.user.registration;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shop.user.FormErrors;
import shop.user.Texts;
import shop.user.Throttles;
import shop.user.addresses.Address;

/**
 * {@code /account/verify?token=}: opening the link from the confirmation mail. And "send me a new link"
 * ({@code /account/verify/resend}), which answers the same whether or not the address has an account
 * waiting for confirmation. Both are public: the person is not signed in yet.
 */
@Controller
class VerificationController {

    private final EmailVerification verification;
    private final Throttles throttles;
    private final Texts texts;

    VerificationController(EmailVerification verification, Throttles throttles, Texts texts) {
        this.verification = verification;
        this.throttles = throttles;
        this.texts = texts;
    }

    @GetMapping("/account/verify")
    String confirm(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        var result = verification.confirm(token);
        response.setStatus(switch (result.outcome()) {
            case CONFIRMED, ADDRESS_CHANGED, ALREADY_CONFIRMED -> HttpStatus.OK.value();
            case EXPIRED -> HttpStatus.GONE.value();
            case ADDRESS_TAKEN -> HttpStatus.CONFLICT.value();
            case INVALID -> HttpStatus.BAD_REQUEST.value();
        });
        model.addAttribute("outcome", result.outcome().name());
        model.addAttribute("email", result.email());
        return "user/verified";
    }

    @GetMapping("/account/verify/resend")
    String resendForm(@RequestParam(required = false) String email, Model model) {
        model.addAttribute("form", new RegistrationForms.Address(email == null || email.length() > 254 ? "" : email.strip()));
        model.addAttribute("errors", FormErrors.none());
        return "user/resend";
    }

    @PostMapping("/account/verify/resend")
    String resend(@Valid @ModelAttribute("form") RegistrationForms.Address form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        FormErrors errors = FormErrors.of(binding, List.of("email"));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", errors);
            return "user/resend";
        }
        var wait = throttles.mailRequest(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("errors", FormErrors.none());
            model.addAttribute("tooMany", texts.get("user.too-many-requests", Throttles.minutes(wait.get())));
            return "user/resend";
        }
        verification.resend(form.email());
        redirect.addFlashAttribute("email", form.email().strip());
        return "redirect:/account/verify/sent";
    }

    @GetMapping("/account/verify/sent")
    String sent() {
        return "user/resend-sent";
    }
}
