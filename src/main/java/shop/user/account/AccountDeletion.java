package shop.user.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.Account;
import shop.user.Accounts;
import shop.user.AdminSettings;
import shop.user.events.CustomerDeleted;

/**
 * A customer deletes their own account, proving it is them with their current password. The account goes and
 * {@link CustomerDeleted} is published in the same transaction: the module's own features (the address book,
 * the API keys) remove their rows when they hear it, and every other module forgets or anonymises what it holds. The shop's bootstrapped admin and its last admin cannot go: the
 * back office would be left without anyone to run it.
 */
@Service
class AccountDeletion {

    /** Why an account was not deleted. */
    enum Refusal {
        WRONG_PASSWORD, BOOTSTRAPPED_ADMIN, LAST_ADMIN
    }

    static class Refused extends RuntimeException {

        private final Refusal reason;

        Refused(Refusal reason) {
            super("Account not deleted: " + reason);
            this.reason = reason;
        }

        Refusal reason() {
            return reason;
        }
    }

    /** Longer passwords are not compared at all (no account has one; hashing them only costs time). */
    static final int MAX_PASSWORD = 1000;

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final AdminSettings admin;

    AccountDeletion(Accounts accounts, JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events,
            AdminSettings admin) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
        this.admin = admin;
    }

    /** Why the account could not be deleted whatever the password, if there is a reason. */
    @Transactional(readOnly = true)
    Optional<Refusal> blocker(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!account.admin()) {
            return Optional.empty();
        }
        if (account.email().equals(Account.normalizeEmail(admin.email()))) {
            return Optional.of(Refusal.BOOTSTRAPPED_ADMIN);
        }
        long admins = jdbc.sql("select count(*) from users.account where admin").query(Long.class).single();
        return admins <= 1 ? Optional.of(Refusal.LAST_ADMIN) : Optional.empty();
    }

    @Transactional
    CustomerDeleted delete(long accountId, String password) {
        jdbc.sql("select id from users.account where id = ? for update").param(accountId).query(Long.class).single();
        Account account = accounts.findById(accountId).orElseThrow();
        if (!matches(password, account.passwordHash())) {
            throw new Refused(Refusal.WRONG_PASSWORD);
        }
        if (account.admin()) {
            if (account.email().equals(Account.normalizeEmail(admin.email()))) {
                throw new Refused(Refusal.BOOTSTRAPPED_ADMIN);
            }
            // every admin row locked: two admins deleting themselves at once cannot both be "not the last"
            int admins = jdbc.sql("select id from users.account where admin for update").query(Long.class).list().size();
            if (admins <= 1) {
                throw new Refused(Refusal.LAST_ADMIN);
            }
        }
        accounts.deleteById(accountId);
        var deleted = new CustomerDeleted(accountId, account.email(), Instant.now());
        events.publishEvent(deleted);
        return deleted;
    }

    private boolean matches(String password, String hash) {
        if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD) {
            return false;
        }
        try {
            return passwords.matches(password, hash);
        } catch (IllegalArgumentException unusable) {
            return false;
        }
    }
}
