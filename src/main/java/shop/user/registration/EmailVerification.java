package shop.user.registration;

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
import shop.user.Throttles;
import shop.user.events.CustomerEmailVerified;
import shop.user.events.EmailVerificationRequested;

/**
 * Proving that an address is the account holder's: a signed link goes out ({@link EmailVerificationRequested},
 * delivered by the notification module), and opening it confirms the address, or moves the account to it
 * when it was a change of address.
 */
@Service
public class EmailVerification {

    /** What opening a link did. */
    enum Outcome {
        /** The account's address is now confirmed. */
        CONFIRMED,
        /** The account moved to the new, now confirmed address; its sessions were ended. */
        ADDRESS_CHANGED,
        /** It was confirmed before: nothing to do. */
        ALREADY_CONFIRMED,
        /** The link is genuine but too old. */
        EXPIRED,
        /** Not a link of ours, altered, or no longer valid (used for a change of address, password changed). */
        INVALID,
        /** Another account took the new address meanwhile. */
        ADDRESS_TAKEN
    }

    record Result(Outcome outcome, String email) {
    }

    private final Accounts accounts;
    private final LinkTokens tokens;
    private final Throttles throttles;
    private final AccountSettings settings;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;

    EmailVerification(Accounts accounts, LinkTokens tokens, Throttles throttles, AccountSettings settings,
            AccountSessions sessions, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttles = throttles;
        this.settings = settings;
        this.sessions = sessions;
        this.events = events;
    }

    /**
     * Sends {@code account} a link that confirms {@code address} (its own, or the one it wants to move to),
     * unless that address had enough mail from us lately. Says whether a link went out.
     */
    public boolean send(Account account, String address) {
        if (!throttles.mailTo(address)) {
            return false;
        }
        Instant expiresAt = Instant.now().plus(settings.verificationLinkLifetime()).truncatedTo(ChronoUnit.MILLIS);
        String token = tokens.issue(Purpose.VERIFY_EMAIL, account, address, expiresAt);
        URI link = URI.create(settings.link("/account/verify?token=" + token));
        events.publishEvent(new EmailVerificationRequested(account.id(), address, account.displayName(), link, expiresAt));
        return true;
    }

    /** A new link for an account still waiting for confirmation; nothing for any other address. */
    @Transactional
    void resend(String email) {
        accounts.findByEmail(Account.normalizeEmail(email))
                .filter(account -> !account.emailVerified() && !account.locked())
                .ifPresent(account -> send(account, account.email()));
    }

    @Transactional
    Result confirm(String token) {
        var claim = tokens.read(token).filter(c -> c.purpose() == Purpose.VERIFY_EMAIL).orElse(null);
        if (claim == null) {
            return new Result(Outcome.INVALID, null);
        }
        Account account = accounts.findById(claim.accountId()).orElse(null);
        if (account == null || !tokens.genuineFor(claim, account)) {
            return new Result(Outcome.INVALID, null);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (claim.expiredAt(now)) {
            return new Result(Outcome.EXPIRED, claim.email());
        }
        if (claim.email().equals(account.email())) {
            if (account.emailVerified() || accounts.markVerified(account.id(), account.email(), now) == 0) {
                return new Result(Outcome.ALREADY_CONFIRMED, account.email());
            }
            events.publishEvent(new CustomerEmailVerified(account.id(), account.email(), account.displayName(), now));
            return new Result(Outcome.CONFIRMED, account.email());
        }
        if (accounts.existsByEmail(claim.email())) {
            return new Result(Outcome.ADDRESS_TAKEN, claim.email());
        }
        if (accounts.changeEmail(account.id(), account.email(), claim.email(), now) == 0) {
            return new Result(Outcome.INVALID, null);
        }
        events.publishEvent(new CustomerEmailVerified(account.id(), claim.email(), account.displayName(), now));
        sessions.endAll(account.email(), null);
        return new Result(Outcome.ADDRESS_CHANGED, claim.email());
    }
}
