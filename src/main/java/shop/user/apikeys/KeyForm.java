package shop.user.apikeys;

import org.springframework.validation.BindingResult;

/**
 * The new-key form as typed. Its rules need the holder's account (locked? admin? how many keys?), so
 * {@link ApiKeys#issue} checks them and a {@link KeyRefused} becomes an error of the form's {@link BindingResult}.
 */
record KeyForm(String name, String scope) {

    KeyForm {
        name = name == null ? "" : name;
        scope = scope == null ? "" : scope;
    }

    static KeyForm empty() {
        return new KeyForm("", Scope.CATALOG_READ.value());
    }

    /** Puts the refusal on its field, or on the whole form when it concerns no field. */
    static void reject(BindingResult binding, KeyRefused refused) {
        if (refused.field().isEmpty()) {
            binding.reject(refused.code(), refused.arguments(), null);
        } else {
            binding.rejectValue(refused.field(), refused.code(), refused.arguments(), null);
        }
    }
}
