package shop.user.signin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the form's POST to {@code /login}. After a failure it comes
 * back as {@code /login?error} with flash attributes: {@code signInProblem} (failed, unconfirmed, locked,
 * throttled, unavailable), {@code retryMinutes} and the {@code email} typed.
 */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Model model) {
        if (error != null && !model.containsAttribute("signInProblem")) {
            model.addAttribute("signInProblem", "failed");
        }
        model.addAttribute("signedOut", logout != null);
        return "user/login";
    }
}
