package shop.user;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone who can sign in: a customer or, with {@code admin}, a back-office user. The email address must be
 * confirmed ({@code emailVerifiedAt}) and the account not locked by an admin ({@code lockedAt}) to sign in.
 * Links sent before {@code credentialsChangedAt} no longer work.
 */
@Table(schema = "users", name = "account")
public record Account(@Id Long id, String email, String displayName, String passwordHash, boolean admin, Instant createdAt,
        Instant emailVerifiedAt, Instant lockedAt, boolean marketingOptIn, Instant credentialsChangedAt) {

    public static Account create(String email, String displayName, String passwordHash, boolean admin) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        return new Account(null, normalizeEmail(email), displayName, passwordHash, admin, now, null, null, false, now);
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean locked() {
        return lockedAt != null;
    }

    public Account verified(Instant at) {
        return new Account(id, email, displayName, passwordHash, admin, createdAt, at, lockedAt, marketingOptIn,
                credentialsChangedAt);
    }
}
