package shop.user.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import shop.user.EmailAddress;
import shop.user.PersonName;

/** The records the registration's forms bind to. Passwords are checked by the password policy, not here. */
final class RegistrationForms {

    private RegistrationForms() {
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

    /** Just an address: "send me a new link". */
    record Address(
            @NotBlank(message = "{user.email.required}") @Size(max = EmailAddress.MAX_LENGTH, message = "{user.email.too-long}")
            @EmailAddress String email) {
    }
}
