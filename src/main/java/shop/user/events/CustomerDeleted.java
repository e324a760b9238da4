package shop.user.events;

import java.time.Instant;

/**
 * The customer deleted their account. Every module forgets or anonymises what it holds about
 * {@code accountId} and {@code email}; records kept for accounting (orders) stay, anonymised.
 */
public record CustomerDeleted(long accountId, String email, Instant deletedAt) {
}
