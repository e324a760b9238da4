package shop.user.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import shop.user.addresses.AddressBook;

/** Collects {@link PersonalData} for one account, in one consistent read. */
@Service
class PersonalDataExport {

    private final JdbcClient jdbc;
    private final AddressBook addressBook;

    PersonalDataExport(JdbcClient jdbc, AddressBook addressBook) {
        this.jdbc = jdbc;
        this.addressBook = addressBook;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    PersonalData of(long accountId) {
        record Row(PersonalData.Profile profile, PersonalData.MarketingConsent consent) {
        }
        Row row = jdbc.sql("""
                        select id, email, display_name, admin, created_at, email_verified_at, credentials_changed_at,
                               locked_at, marketing_opt_in, marketing_consent_changed_at
                          from users.account where id = ?
                        """)
                .param(accountId)
                .query((rs, n) -> new Row(
                        new PersonalData.Profile(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                                rs.getBoolean("admin"), instant(rs, "created_at"), instant(rs, "email_verified_at"),
                                instant(rs, "credentials_changed_at"), instant(rs, "locked_at")),
                        new PersonalData.MarketingConsent(rs.getBoolean("marketing_opt_in"),
                                instant(rs, "marketing_consent_changed_at"))))
                .optional()
                .orElseThrow(() -> new IllegalStateException("No account " + accountId));
        var addresses = addressBook.of(accountId).stream().map(PersonalData.SavedAddress::of).toList();
        return new PersonalData(PersonalData.ABOUT, Instant.now().truncatedTo(ChronoUnit.MICROS), row.profile(), row.consent(), addresses);
    }

    private static java.time.Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
