package shop.user;

import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The password policy and the confirmation field of the forms that choose a new password (registration,
 * reset, change), as errors on {@code password} and {@code passwordConfirmation} of the form's
 * {@link org.springframework.validation.BindingResult}: Bean Validation cannot know the person's name and address.
 */
@Component
public class NewPasswordCheck {

    private final PasswordPolicy policy;

    NewPasswordCheck(PasswordPolicy policy) {
        this.policy = policy;
    }

    public void check(Errors errors, String password, String confirmation, String email, String name) {
        policy.check(password, email, name).ifPresent(problem -> errors.rejectValue("password", problem.messageKey()));
        if (errors.hasFieldErrors("password")) {
            return;
        }
        if (confirmation == null || confirmation.isEmpty()) {
            errors.rejectValue("passwordConfirmation", "user.password.confirmation-required");
        } else if (!Objects.equals(password, confirmation)) {
            errors.rejectValue("passwordConfirmation", "user.password.mismatch");
        }
    }
}
