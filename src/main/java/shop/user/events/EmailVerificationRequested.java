package shop.user.events;

import java.net.URI;
import java.time.Instant;

/**
 * Someone must prove they own {@code email}: after registering, after changing their address, or when they
 * ask for a new link. The link is signed and stops working at {@code expiresAt}; consumers only deliver it.
 */
public record EmailVerificationRequested(long accountId, String email, String displayName, URI verificationLink,
        Instant expiresAt) {
}
