package shop.user.events;

import java.time.Instant;

/** The account holder proved they own {@code email}; it is now the account's address. */
public record CustomerEmailVerified(long accountId, String email, String displayName, Instant verifiedAt) {
}
