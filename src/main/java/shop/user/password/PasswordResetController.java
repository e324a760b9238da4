package shop.user.password;

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

import shop.user.NewPasswordCheck;
import shop.user.Throttles;
import shop.user.addresses.Address;

/**
 * "Forgot your password?" ({@code /password/forgot}, always the same answer) and the page the mailed link
 * opens ({@code /password/reset?token=}), where the new password is chosen.
 */
@Controller
class PasswordResetController {

    private final PasswordReset reset;
    private final NewPasswordCheck passwords;
    private final Throttles throttles;

    PasswordResetController(PasswordReset reset, NewPasswordCheck passwords, Throttles throttles) {
        this.reset = reset;
        this.passwords = passwords;
        this.throttles = throttles;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", PasswordForms.Address.EMPTY);
        return "user/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@Valid @ModelAttribute("form") PasswordForms.Address form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "user/forgot";
        }
        var wait = throttles.mailRequest(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            binding.reject("user.too-many-requests", new Object[] {Throttles.minutes(wait.get())}, null);
            return "user/forgot";
        }
        reset.request(form.email());
        redirect.addFlashAttribute("email", form.email().strip());
        return "redirect:/password/forgot/sent";
    }

    @GetMapping("/password/forgot/sent")
    String forgotSent() {
        return "user/forgot-sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        var check = reset.check(token);
        if (check.status() != PasswordReset.Status.VALID) {
            return linkProblem(check.status(), response, model);
        }
        model.addAttribute("form", new PasswordForms.NewPassword(token, "", ""));
        return "user/reset";
    }

    @PostMapping("/password/reset")
    String resetPassword(@ModelAttribute("form") PasswordForms.NewPassword form, BindingResult binding,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        var check = reset.check(form.token());
        if (check.status() != PasswordReset.Status.VALID) {
            return linkProblem(check.status(), response, model);
        }
        passwords.check(binding, form.password(), form.passwordConfirmation(), check.email(), check.displayName());
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "user/reset";
        }
        var status = reset.reset(form.token(), form.password());
        if (status != PasswordReset.Status.VALID) {
            return linkProblem(status, response, model);
        }
        redirect.addFlashAttribute("notice", "passwordReset");
        return "redirect:/login";
    }

    private static String linkProblem(PasswordReset.Status status, HttpServletResponse response, Model model) {
        response.setStatus(status == PasswordReset.Status.EXPIRED ? HttpStatus.GONE.value() : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("linkProblem", status.name());
        return "user/reset-link";
    }
}
