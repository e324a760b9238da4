package shop.user;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What a new password must be, after NIST SP 800-63B: long enough (12 characters), not one of the most
 * common passwords, not the person's email address or name, and nothing else: no rules about digits or
 * symbols, every character allowed, spaces included. At most 64 characters, and at most 72 bytes in
 * UTF-8, which is all that bcrypt reads. Passwords are compared in Unicode normal form NFKC, so the same
 * password typed on another keyboard or system still matches.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;

    /** Why a password is refused; each has its text in {@code user/messages.properties}. */
    enum Problem {
        MISSING("user.password.required"),
        TOO_SHORT("user.password.too-short"),
        TOO_LONG("user.password.too-long"),
        COMMON("user.password.common"),
        PERSONAL("user.password.personal");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final CommonPasswords common;

    PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** The problem with {@code password} for the person with this email address and name, if any. */
    Optional<Problem> check(String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH || normalized.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (common.contains(normalized) || common.contains(withoutSpaces(normalized))) {
            return Optional.of(Problem.COMMON);
        }
        if (personal(normalized, email, name)) {
            return Optional.of(Problem.PERSONAL);
        }
        return Optional.empty();
    }

    /** The form in which passwords are hashed and compared. */
    static String normalize(String password) {
        return password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    private static boolean personal(String password, String email, String name) {
        String candidate = withoutSpaces(password).toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String address = withoutSpaces(email).toLowerCase(Locale.ROOT);
            String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (candidate.contains(address) || candidate.equals(local)) {
                return true;
            }
        }
        return name != null && !name.isBlank()
                && candidate.equals(withoutSpaces(normalize(name)).toLowerCase(Locale.ROOT));
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }
}
