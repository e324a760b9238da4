package shop.user.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.events.MarketingConsentChanged;

/**
 * What customers change about their own account on the account pages: the name the shop greets them with
 * and their marketing consent. A change of consent publishes {@link MarketingConsentChanged} with it.
 */
@Service
class CustomerAccounts {

    static final int MAX_DISPLAY_NAME = 100;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CustomerAccounts(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    void rename(long accountId, String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("A display name has 1 to " + MAX_DISPLAY_NAME + " characters");
        }
        jdbc.sql("update users.account set display_name = ? where id = ?").params(displayName, accountId).update();
    }

    /**
     * Records the customer's marketing choice; says whether it changed (and {@link MarketingConsentChanged}
     * was published). Saving the same choice again changes and publishes nothing.
     */
    @Transactional
    boolean consentToMarketing(long accountId, boolean consented) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        return jdbc.sql("""
                        update users.account set marketing_opt_in = ?, marketing_consent_changed_at = ?
                         where id = ? and marketing_opt_in <> ?
                        returning email
                        """)
                .params(consented, java.sql.Timestamp.from(now), accountId, consented)
                .query(String.class).optional()
                .map(email -> {
                    events.publishEvent(new MarketingConsentChanged(accountId, email, consented, now));
                    return true;
                })
                .orElse(false);
    }
}
