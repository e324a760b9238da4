package shop.user;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account behind the signed-in person (whose principal name is their email address), as every
 * feature's pages need it: the account pages, the address book and its picker.
 */
@Component
public class SignedInCustomers {

    private final JdbcClient jdbc;

    SignedInCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The signed-in customer; a session whose account is gone ends with a sign-out ({@link AccountPagesAdvice}). */
    public Customer of(Principal principal) {
        if (principal == null) {
            throw new AccountGone();
        }
        return find(principal.getName()).orElseThrow(AccountGone::new);
    }

    /** The account that signs in with {@code email} (the principal's name). */
    @Transactional(readOnly = true)
    public Optional<Customer> find(String email) {
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

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
