package shop.user.password;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.Account;
import shop.user.AccountSessions;
import shop.user.Accounts;
import shop.user.Passwords;
import shop.user.Throttles;
import shop.user.events.CustomerEmailChangeRequested;
import shop.user.events.CustomerPasswordChanged;
import shop.user.registration.EmailVerification;

/**
 * A signed-in customer changes their password or address. Both need the current password, and wrong
 * guesses count against the same limits as failed sign-ins (a borrowed session cannot be used to guess it).
 */
@Service
class CredentialChanges {

    enum Result {
        DONE, WRONG_PASSWORD, THROTTLED, SAME_ADDRESS, NO_ACCOUNT
    }

    record Outcome(Result result, Duration retryAfter) {

        static Outcome of(Result result) {
            return new Outcome(result, Duration.ZERO);
        }
    }

    private final Accounts accounts;
    private final Passwords passwords;
    private final Throttles throttles;
    private final EmailVerification verification;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;

    CredentialChanges(Accounts accounts, Passwords passwords, Throttles throttles, EmailVerification verification,
            AccountSessions sessions, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttles = throttles;
        this.verification = verification;
        this.sessions = sessions;
        this.events = events;
    }

    /** The signed-in person's address and name, as the forms need them. */
    record Holder(String email, String displayName) {
    }

    @Transactional(readOnly = true)
    Optional<Holder> holder(String email) {
        return account(email).map(account -> new Holder(account.email(), account.displayName()));
    }

    private Optional<Account> account(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email));
    }

    /** Sets a new password (already checked against the policy) and ends the account's other sessions. */
    @Transactional
    Outcome changePassword(String email, String currentPassword, String newPassword, String client, String keepSessionId) {
        Account account = account(email).orElse(null);
        if (account == null) {
            return Outcome.of(Result.NO_ACCOUNT);
        }
        Optional<Outcome> refused = checkPassword(account, currentPassword, client);
        if (refused.isPresent()) {
            return refused.get();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (accounts.changePassword(account.id(), passwords.hash(newPassword), account.credentialsChangedAt(), now, false) == 0) {
            return Outcome.of(Result.WRONG_PASSWORD);
        }
        events.publishEvent(new CustomerPasswordChanged(account.id(), account.email(), account.displayName(), false, now));
        sessions.endAll(account.email(), keepSessionId);
        return Outcome.of(Result.DONE);
    }

    /**
     * Sends a confirmation link to the new address and a notice to the current one; the account moves only
     * when the link is opened. An address that belongs to another account gets nothing, and the answer is
     * the same.
     */
    @Transactional
    Outcome requestEmailChange(String email, String password, String newEmail, String client) {
        Account account = account(email).orElse(null);
        if (account == null) {
            return Outcome.of(Result.NO_ACCOUNT);
        }
        Optional<Outcome> refused = checkPassword(account, password, client);
        if (refused.isPresent()) {
            return refused.get();
        }
        String address = Account.normalizeEmail(newEmail);
        if (address.equals(account.email())) {
            return Outcome.of(Result.SAME_ADDRESS);
        }
        if (!accounts.existsByEmail(address) && verification.send(account, address) && throttles.mailTo(account.email())) {
            events.publishEvent(new CustomerEmailChangeRequested(account.id(), account.email(), address,
                    account.displayName(), Instant.now()));
        }
        return Outcome.of(Result.DONE);
    }

    private Optional<Outcome> checkPassword(Account account, String password, String client) {
        var wait = throttles.signInWait(account.email(), client);
        if (wait.isPresent()) {
            return Optional.of(new Outcome(Result.THROTTLED, wait.get()));
        }
        if (!passwords.matches(password, account.passwordHash())) {
            throttles.signInFailed(account.email(), client);
            return Optional.of(Outcome.of(Result.WRONG_PASSWORD));
        }
        return Optional.empty();
    }
}
