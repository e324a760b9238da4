package shop.user.events;

import java.time.Instant;

/**
 * A signed-in customer asked to move their account to {@code newEmail}. Nothing changes until the link
 * sent there (a separate {@link EmailVerificationRequested}) is opened; this event lets the current
 * address learn about the request, so an account holder notices a change they did not ask for.
 */
public record CustomerEmailChangeRequested(long accountId, String currentEmail, String newEmail, String displayName,
        Instant requestedAt) {
}
