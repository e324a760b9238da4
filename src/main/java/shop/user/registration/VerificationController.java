package shop.user.registration;

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

    VerificationController(EmailVerification verification, Throttles throttles) {
        this.verification = verification;
        this.throttles = throttles;
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
        return "user/resend";
    }

    @PostMapping("/account/verify/resend")
    String resend(@Valid @ModelAttribute("form") RegistrationForms.Address form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "user/resend";
        }
        var wait = throttles.mailRequest(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            binding.reject("user.too-many-requests", new Object[] {Throttles.minutes(wait.get())}, null);
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
