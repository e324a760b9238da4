package shop.user;

import java.time.Instant;
import java.util.Optional;

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
public class CustomerAccounts {

    public static final int MAX_DISPLAY_NAME = 100;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CustomerAccounts(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The account that signs in with {@code email} (the principal's name). */
    @Transactional(readOnly = true)
    public Optional<Customer> signedIn(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, email, display_name, admin, marketing_opt_in, marketing_consent_changed_at, created_at
                          from users.account where email = ?
                        """)
                .param(Account.normalizeEmail(email))
                .query((rs, row) -> new Customer(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                        rs.getBoolean("admin"), rs.getBoolean("marketing_opt_in"),
                        instant(rs.getTimestamp("marketing_consent_changed_at")), instant(rs.getTimestamp("created_at"))))
                .optional();
    }

    @Transactional
    public void rename(long accountId, String displayName) {
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
    public boolean consentToMarketing(long accountId, boolean consented) {
        Instant now = AddressBook.now();
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

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
