package shop.user.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import shop.user.EmailAddress;

/** The records the password and address forms bind to. New passwords are checked by the password policy, not here. */
final class PasswordForms {

    private PasswordForms() {
    }

    /** Just an address: "forgot password". */
    record Address(
            @NotBlank(message = "{user.email.required}") @Size(max = EmailAddress.MAX_LENGTH, message = "{user.email.too-long}")
            @EmailAddress String email) {

        static final Address EMPTY = new Address("");
    }

    record NewPassword(String token, String password, String passwordConfirmation) {
    }

    record PasswordChange(
            @NotBlank(message = "{user.current-password.required}") String currentPassword,
            String password,
            String passwordConfirmation) {
    }

    record EmailChange(
            @NotBlank(message = "{user.email.required}") @Size(max = EmailAddress.MAX_LENGTH, message = "{user.email.too-long}")
            @EmailAddress String email,
            @NotBlank(message = "{user.current-password.required}") String currentPassword) {

        static final EmailChange EMPTY = new EmailChange("", "");
    }
}
