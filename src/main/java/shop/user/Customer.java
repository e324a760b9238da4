package shop.user;

import java.time.Instant;

/** The signed-in account as the account pages show it; never the password hash. */
public record Customer(long id, String email, String displayName, boolean admin, boolean marketingOptIn,
        Instant marketingConsentChangedAt, Instant createdAt) {
}
