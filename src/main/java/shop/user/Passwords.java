package shop.user;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Hashes and checks passwords in their normal form (see {@link PasswordPolicy#normalize}). */
@Component
public class Passwords {

    /** Longer than anything the policy allows: such input is not even hashed. */
    public static final int MAX_CHECKED = 1000;

    private final PasswordEncoder encoder;

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** The form in which passwords are hashed and compared (Unicode NFKC). */
    public static String normalize(String password) {
        return PasswordPolicy.normalize(password);
    }

    public String hash(String raw) {
        return encoder.encode(PasswordPolicy.normalize(raw));
    }

    public boolean matches(String raw, String hash) {
        return raw != null && raw.length() <= MAX_CHECKED && encoder.matches(PasswordPolicy.normalize(raw), hash);
    }

    public PasswordEncoder encoder() {
        return encoder;
    }
}
