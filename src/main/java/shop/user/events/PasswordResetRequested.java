package shop.user.events;

import java.net.URI;
import java.time.Instant;

/**
 * Someone asked to reset the password of an existing account. The link works once and until
 * {@code expiresAt}. Nothing is published for addresses without an account.
 */
public record PasswordResetRequested(long accountId, String email, String displayName, URI resetLink,
        Instant expiresAt) {
}
