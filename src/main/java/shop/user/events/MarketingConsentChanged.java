package shop.user.events;

import java.time.Instant;

/** The customer opted in to or out of marketing messages. Transactional messages are not affected. */
public record MarketingConsentChanged(long accountId, String email, boolean consented, Instant changedAt) {
}
