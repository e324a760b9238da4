package shop.user.password;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.Account;
import shop.user.AccountSessions;
import shop.user.AccountSettings;
import shop.user.Accounts;
import shop.user.LinkTokens;
import shop.user.LinkTokens.Purpose;
import shop.user.Passwords;
import shop.user.Throttles;
import shop.user.events.CustomerEmailVerified;
import shop.user.events.CustomerPasswordChanged;
import shop.user.events.PasswordResetRequested;

/**
 * "Forgot your password?": a link that works once and for {@link AccountSettings#resetLinkLifetime()} goes
 * to the account's address; whoever opens it chooses a new password. Addresses without an account (or
 * with a locked one) get nothing, and the person asking cannot tell the difference.
 */
@Service
class PasswordReset {

    enum Status {
        VALID, EXPIRED, INVALID
    }

    /** What a reset link is worth now, and for whom (when it is valid). */
    record Check(Status status, String email, String displayName) {
    }

    private record Verified(Status status, Account account) {
    }

    private final Accounts accounts;
    private final LinkTokens tokens;
    private final Passwords passwords;
    private final Throttles throttles;
    private final AccountSettings settings;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;

    PasswordReset(Accounts accounts, LinkTokens tokens, Passwords passwords, Throttles throttles,
            AccountSettings settings, AccountSessions sessions, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.throttles = throttles;
        this.settings = settings;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional
    void request(String email) {
        accounts.findByEmail(Account.normalizeEmail(email))
                .filter(account -> !account.locked())
                .filter(account -> throttles.mailTo(account.email()))
                .ifPresent(account -> {
                    Instant expiresAt = Instant.now().plus(settings.resetLinkLifetime()).truncatedTo(ChronoUnit.MILLIS);
                    String token = tokens.issue(Purpose.RESET_PASSWORD, account, account.email(), expiresAt);
                    URI link = URI.create(settings.link("/password/reset?token=" + token));
                    events.publishEvent(new PasswordResetRequested(account.id(), account.email(), account.displayName(),
                            link, expiresAt));
                });
    }

    @Transactional(readOnly = true)
    Check check(String token) {
        Verified verified = verify(token);
        return verified.account() == null
                ? new Check(verified.status(), null, null)
                : new Check(verified.status(), verified.account().email(), verified.account().displayName());
    }

    private Verified verify(String token) {
        var claim = tokens.read(token).filter(c -> c.purpose() == Purpose.RESET_PASSWORD).orElse(null);
        if (claim == null) {
            return new Verified(Status.INVALID, null);
        }
        Account account = accounts.findById(claim.accountId()).orElse(null);
        if (account == null || account.locked() || !tokens.genuineFor(claim, account)) {
            return new Verified(Status.INVALID, null);
        }
        return claim.expiredAt(Instant.now()) ? new Verified(Status.EXPIRED, null) : new Verified(Status.VALID, account);
    }

    /**
     * Sets the new password if the link is still good, ending every session of the account. The password
     * must have passed the password policy ({@link shop.user.NewPasswordCheck}).
     */
    @Transactional
    Status reset(String token, String newPassword) {
        Verified check = verify(token);
        if (check.status() != Status.VALID) {
            return check.status();
        }
        Account account = check.account();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (accounts.changePassword(account.id(), passwords.hash(newPassword), account.credentialsChangedAt(), now, true) == 0) {
            return Status.INVALID;
        }
        events.publishEvent(new CustomerPasswordChanged(account.id(), account.email(), account.displayName(), true, now));
        if (!account.emailVerified()) {
            events.publishEvent(new CustomerEmailVerified(account.id(), account.email(), account.displayName(), now));
        }
        sessions.endAll(account.email(), null);
        return Status.VALID;
    }
}
