package shop.user.events;

import java.time.Instant;

/**
 * A new account exists and can sign in. Carries what consumers need to greet the person without calling
 * back into the user module.
 */
public record AccountCreated(long accountId, String email, String displayName, boolean admin, Instant createdAt) {
}
