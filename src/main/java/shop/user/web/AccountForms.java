package shop.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import shop.user.EmailAddress;
import shop.user.PersonName;

/** The records the user module's forms bind to. Passwords are checked by the password policy, not here. */
final class AccountForms {

    private AccountForms() {
    }

    record Registration(
            @NotBlank(message = "{user.name.required}") @Size(max = 100, message = "{user.name.too-long}")
            @PersonName String name,
            @NotBlank(message = "{user.email.required}") @Size(max = EmailAddress.MAX_LENGTH, message = "{user.email.too-long}")
            @EmailAddress String email,
            String password,
            String passwordConfirmation) {

        static final Registration EMPTY = new Registration("", "", "", "");
    }

    /** Just an address: "forgot password" and "send me a new link". */
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
