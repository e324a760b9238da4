package shop.user.events;

import java.time.Instant;

/**
 * Someone tried to register with the address of an existing, confirmed account. The person registering is
 * told nothing (the page reads the same as for a new address); the account holder is told by mail, with a
 * way to reset the password if it was them who forgot it.
 */
public record RegistrationRepeated(long accountId, String email, String displayName, Instant attemptedAt) {
}
