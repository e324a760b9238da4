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
import shop.user.Texts;

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
    private final Texts texts;

    AccountAdministration(Accounts accounts, JdbcClient jdbc, AuditLog audit, AccountSessions sessions, Texts texts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.sessions = sessions;
        this.texts = texts;
    }

    /**
     * Why {@code actorEmail} may not make {@code change} to account {@code targetId} now, or empty when they may.
     * The confirmation page asks this; {@link #apply} asks again under locks.
     */
    @Transactional(readOnly = true)
    Optional<String> refusal(String actorEmail, long targetId, AccountChange change) {
        Account target = accounts.findById(targetId).orElseThrow(() -> new AccountNotFound(targetId));
        Optional<Account> actor = activeAdmin(actorEmail);
        return actor.isEmpty() ? Optional.of(texts.get(NOT_AN_ADMIN))
                : refusal(actor.get(), target, change, otherActiveAdmins(target.id()));
    }

    /** Makes the change and records it; returns a sentence for the admin saying what happened. */
    @Transactional
    String apply(String actorEmail, long targetId, AccountChange change) {
        Account probe = accounts.findByEmail(Account.normalizeEmail(actorEmail))
                .orElseThrow(() -> new AdministrationRefused(texts.get(NOT_AN_ADMIN)));
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
                details = texts.get("user.admin.sessions-ended", ended);
                notice = texts.get("user.admin.locked", who, ended);
            }
            case UNLOCK -> {
                jdbc.sql("update users.account set locked_at = null where id = ?").param(target.id()).update();
                notice = texts.get("user.admin.unlocked", who);
            }
            case GRANT_ADMIN -> {
                jdbc.sql("update users.account set admin = true where id = ?").param(target.id()).update();
                notice = texts.get("user.admin.granted", who);
            }
            case REVOKE_ADMIN -> {
                jdbc.sql("update users.account set admin = false where id = ?").param(target.id()).update();
                int ended = endSessions(who);
                details = texts.get("user.admin.sessions-ended", ended);
                notice = texts.get("user.admin.revoked", who, details);
            }
            default -> throw new IllegalStateException("Unknown change " + change);
        }
        audit.record(actor, action(change), target.id(), who, details);
        return notice;
    }

    private static final String NOT_AN_ADMIN = "user.admin.not-an-admin";

    private Account actor(String actorEmail) {
        return activeAdmin(actorEmail).orElseThrow(() -> new AdministrationRefused(texts.get(NOT_AN_ADMIN)));
    }

    private Optional<Account> activeAdmin(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email)).filter(account -> account.admin() && !account.locked());
    }

    private Optional<String> refusal(Account actor, Account target, AccountChange change, long otherActiveAdmins) {
        boolean self = actor.id().equals(target.id());
        String reason = switch (change) {
            case LOCK -> self ? "user.admin.lock.self" : target.locked() ? "user.admin.lock.already" : null;
            case UNLOCK -> target.locked() ? null : "user.admin.unlock.not-locked";
            case GRANT_ADMIN -> target.admin() ? "user.admin.grant.already" : null;
            case REVOKE_ADMIN -> self ? "user.admin.revoke.self"
                    : !target.admin() ? "user.admin.revoke.not-admin"
                    : otherActiveAdmins == 0 ? "user.admin.revoke.last-admin"
                    : null;
        };
        return Optional.ofNullable(reason).map(code -> texts.get(code, target.email()));
    }

    /** Unlocked admins other than {@code accountId}. */
    private long otherActiveAdmins(long accountId) {
        return jdbc.sql("select count(*) from users.account where admin and locked_at is null and id <> ?")
                .param(accountId).query(Long.class).single();
    }

    private int endSessions(String email) {
        return sessions.endAll(email, null);
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
