package shop.user.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import shop.user.FormText;
import shop.user.HumanText;

/** The profile part of the account page: the name the shop greets the customer with. */
record ProfileForm(
        @NotBlank(message = "{user.displayName.required}")
        @Size(max = CustomerAccounts.MAX_DISPLAY_NAME, message = "{user.size}")
        @HumanText(message = "{user.human-text.characters}") String displayName) {

    ProfileForm {
        displayName = FormText.tidy(displayName);
    }
}
