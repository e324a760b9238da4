package shop.user;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Hashes and checks passwords in their normal form (see {@link PasswordPolicy#normalize}). */
@Component
class Passwords {

    /** Longer than anything the policy allows: such input is not even hashed. */
    static final int MAX_CHECKED = 1000;

    private final PasswordEncoder encoder;

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String hash(String raw) {
        return encoder.encode(PasswordPolicy.normalize(raw));
    }

    boolean matches(String raw, String hash) {
        return raw != null && raw.length() <= MAX_CHECKED && encoder.matches(PasswordPolicy.normalize(raw), hash);
    }

    PasswordEncoder encoder() {
        return encoder;
    }
}
