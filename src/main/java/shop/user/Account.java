package shop.user;

import java.time.Instant;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who can sign in: a customer or, with {@code admin}, a back-office user. */
@Table(schema = "users", name = "account")
record Account(@Id Long id, String email, String displayName, String passwordHash, boolean admin, Instant createdAt) {

    static Account create(String email, String displayName, String passwordHash, boolean admin) {
        return new Account(null, normalizeEmail(email), displayName, passwordHash, admin, Instant.now());
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    Account withId(Long id) {
        return new Account(id, email, displayName, passwordHash, admin, createdAt);
    }
}
