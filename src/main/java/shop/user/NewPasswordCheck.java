package shop.user;

import java.util.Objects;

import org.springframework.stereotype.Component;

/** The password policy and the confirmation field, as form errors on {@code password} and {@code passwordConfirmation}. */
@Component
public class NewPasswordCheck {

    private final PasswordPolicy policy;
    private final Texts texts;

    NewPasswordCheck(PasswordPolicy policy, Texts texts) {
        this.policy = policy;
        this.texts = texts;
    }

    public void check(FormErrors errors, String password, String confirmation, String email, String name) {
        policy.check(password, email, name).ifPresent(problem -> errors.add("password", texts.get(problem.messageKey())));
        if (errors.has("password")) {
            return;
        }
        if (confirmation == null || confirmation.isEmpty()) {
            errors.add("passwordConfirmation", texts.get("user.password.confirmation-required"));
        } else if (!Objects.equals(password, confirmation)) {
            errors.add("passwordConfirmation", texts.get("user.password.mismatch"));
        }
    }
}
