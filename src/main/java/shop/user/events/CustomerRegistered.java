package shop.user.events;

import java.time.Instant;

/**
 * A new account exists. Carries what consumers need to greet the person without calling back into the
 * user module. Whether the email address still needs confirming is a separate
 * {@link EmailVerificationRequested}.
 */
public record CustomerRegistered(long accountId, String email, String displayName, boolean admin,
        Instant registeredAt) {
}
