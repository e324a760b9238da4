package shop.user.directory;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.Account;
import shop.user.AccountSessions;
import shop.user.Accounts;
import shop.user.AuditAction;
import shop.user.AuditLog;

/**
 * What admins do to accounts: lock and unlock, grant and revoke the admin role. Each change is checked
 * against the rules with the accounts involved locked (so two admins acting at once cannot both pass a check
 * that only one of them may), applied, and written to the {@link AuditLog} in the same transaction.
 * <p>
 * Rules: the one acting must still be an unlocked admin; nobody locks themselves or removes their own admin
 * role; the shop always keeps at least one unlocked admin. Locking an account or removing its admin role ends
 * that person's sessions, so the change applies at once rather than at their next sign-in.
 */
@Service
class AccountAdministration {

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AccountSessions sessions;

    AccountAdministration(Accounts accounts, JdbcClient jdbc, AuditLog audit, AccountSessions sessions) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.sessions = sessions;
    }

    /**
     * Why {@code actorEmail} may not make {@code change} to account {@code targetId} now, or empty when they may.
     * The confirmation page asks this; {@link #apply} asks again under locks.
     */
    @Transactional(readOnly = true)
    Optional<String> refusal(String actorEmail, long targetId, AccountChange change) {
        Account target = accounts.findById(targetId).orElseThrow(() -> new AccountNotFound(targetId));
        Optional<Account> actor = activeAdmin(actorEmail);
        return actor.isEmpty() ? Optional.of(NOT_AN_ADMIN)
                : refusal(actor.get(), target, change, otherActiveAdmins(target.id()));
    }

    /** Makes the change and records it; returns a sentence for the admin saying what happened. */
    @Transactional
    String apply(String actorEmail, long targetId, AccountChange change) {
        Account probe = accounts.findByEmail(Account.normalizeEmail(actorEmail))
                .orElseThrow(() -> new AdministrationRefused(NOT_AN_ADMIN));
        // every admin row and both accounts, in id order: concurrent changes queue here instead of deadlocking
        jdbc.sql("select id from users.account where admin or id in (:actor, :target) order by id for update")
                .param("actor", probe.id()).param("target", targetId).query(Long.class).list();
        Account actor = actor(actorEmail);
        Account target = accounts.findById(targetId).orElseThrow(() -> new AccountNotFound(targetId));
        refusal(actor, target, change, otherActiveAdmins(target.id())).ifPresent(reason -> {
            throw new AdministrationRefused(reason);
        });
        String who = target.email();
        String notice;
        String details = "";
        switch (change) {
            case LOCK -> {
                jdbc.sql("update users.account set locked_at = now() where id = ?").param(target.id()).update();
                int ended = endSessions(who);
                details = sessionsEnded(ended);
                notice = "Locked " + who + ". They cannot sign in, " + details.toLowerCase(java.util.Locale.ROOT)
                        + " and their API keys stop working.";
            }
            case UNLOCK -> {
                jdbc.sql("update users.account set locked_at = null where id = ?").param(target.id()).update();
                notice = "Unlocked " + who + ". They can sign in again.";
            }
            case GRANT_ADMIN -> {
                jdbc.sql("update users.account set admin = true where id = ?").param(target.id()).update();
                notice = who + " is now an admin. The role applies from their next sign-in.";
            }
            case REVOKE_ADMIN -> {
                jdbc.sql("update users.account set admin = false where id = ?").param(target.id()).update();
                int ended = endSessions(who);
                details = sessionsEnded(ended);
                notice = who + " is no longer an admin. " + details + ".";
            }
            default -> throw new IllegalStateException("Unknown change " + change);
        }
        audit.record(actor, action(change), target.id(), who, details);
        return notice;
    }

    private static final String NOT_AN_ADMIN = "Your account no longer has the admin role, so nothing was changed.";

    private Account actor(String actorEmail) {
        return activeAdmin(actorEmail).orElseThrow(() -> new AdministrationRefused(NOT_AN_ADMIN));
    }

    private Optional<Account> activeAdmin(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email)).filter(account -> account.admin() && !account.locked());
    }

    private static Optional<String> refusal(Account actor, Account target, AccountChange change, long otherActiveAdmins) {
        boolean self = actor.id().equals(target.id());
        String reason = switch (change) {
            case LOCK -> self ? "You cannot lock your own account."
                    : target.locked() ? target.email() + " is already locked." : null;
            case UNLOCK -> target.locked() ? null : target.email() + " is not locked.";
            case GRANT_ADMIN -> target.admin() ? target.email() + " is already an admin." : null;
            case REVOKE_ADMIN -> self ? "You cannot remove your own admin role; ask another admin."
                    : !target.admin() ? target.email() + " is not an admin."
                    : otherActiveAdmins == 0 ? target.email() + " is the shop's last admin; make someone else an admin first."
                    : null;
        };
        return Optional.ofNullable(reason);
    }

    /** Unlocked admins other than {@code accountId}. */
    private long otherActiveAdmins(long accountId) {
        return jdbc.sql("select count(*) from users.account where admin and locked_at is null and id <> ?")
                .param(accountId).query(Long.class).single();
    }

    private int endSessions(String email) {
        return sessions.endAll(email, null);
    }

    private static String sessionsEnded(int count) {
        return switch (count) {
            case 0 -> "No session was open";
            case 1 -> "Their 1 open session was ended";
            default -> "Their " + count + " open sessions were ended";
        };
    }

    private static AuditAction action(AccountChange change) {
        return switch (change) {
            case LOCK -> AuditAction.ACCOUNT_LOCKED;
            case UNLOCK -> AuditAction.ACCOUNT_UNLOCKED;
            case GRANT_ADMIN -> AuditAction.ADMIN_GRANTED;
            case REVOKE_ADMIN -> AuditAction.ADMIN_REVOKED;
        };
    }
}
