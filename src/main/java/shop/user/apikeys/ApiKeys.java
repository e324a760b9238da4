package shop.user.apikeys;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.Account;
import shop.user.Accounts;
import shop.user.AuditAction;
import shop.user.AuditLog;
import shop.user.Texts;

/**
 * API keys for machine clients: issued to an account with a name and a {@link Scope}, shown once, kept only as
 * a hash, listed without their secret, revoked by their holder or an admin. Creating and revoking are written
 * to the {@link AuditLog}. {@link #authenticate} turns a presented key into an {@link ApiClient}, checking
 * the key and its account on every request, so a revoked key or a locked account stops working at once.
 */
@Service
public class ApiKeys {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_ACTIVE_KEYS = 20;

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Texts texts;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(Accounts accounts, JdbcClient jdbc, AuditLog audit, Texts texts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.texts = texts;
    }

    /** A key as lists show it: never its secret. */
    public record KeyView(long id, long accountId, String ownerEmail, String name, Scope scope, String prefix,
            Instant createdAt, Instant lastUsedAt) {
    }

    /** A new key with its secret value, to be shown once and forgotten. */
    record IssuedKey(KeyView key, String value) {

        @Override
        public String toString() {
            return "IssuedKey[" + key + "]";
        }
    }

    /** Issues a key to the account signed in as {@code holderEmail}. */
    @Transactional
    IssuedKey issue(String holderEmail, String name, String scopeValue) {
        Account holder = accounts.findByEmail(Account.normalizeEmail(holderEmail))
                .orElseThrow(() -> new KeyRefused("", "user.key.account-gone"));
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new KeyRefused("name", "user.key.name.required");
        }
        if (cleanName.codePointCount(0, cleanName.length()) > MAX_NAME_LENGTH) {
            throw new KeyRefused("name", "user.key.name.too-long", MAX_NAME_LENGTH);
        }
        if (cleanName.chars().anyMatch(Character::isISOControl)) {
            throw new KeyRefused("name", "user.key.name.control");
        }
        Scope scope = Scope.fromValue(scopeValue)
                .orElseThrow(() -> new KeyRefused("scope", "user.key.scope.required"));
        // the holder's row serializes concurrent issues, so the count below holds
        jdbc.sql("select id from users.account where id = ? for update").param(holder.id()).query(Long.class).single();
        Account current = accounts.findById(holder.id()).orElseThrow();
        if (current.locked()) {
            throw new KeyRefused("", "user.key.locked");
        }
        if (!Scope.grantableTo(current.admin()).contains(scope)) {
            throw new KeyRefused("scope", "user.key.scope.admin-only");
        }
        long active = jdbc.sql("select count(*) from users.api_key where account_id = ? and revoked_at is null")
                .param(holder.id()).query(Long.class).single();
        if (active >= MAX_ACTIVE_KEYS) {
            throw new KeyRefused("", "user.key.too-many", MAX_ACTIVE_KEYS);
        }
        ApiKeyToken token = ApiKeyToken.generate(random);
        long id = jdbc.sql("""
                        insert into users.api_key (account_id, name, scope, lookup, secret_hash)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(holder.id(), cleanName, scope.value(), token.lookup(), token.hash())
                .query(Long.class).single();
        KeyView key = activeKey(id).orElseThrow();
        audit.record(current, AuditAction.API_KEY_CREATED, current.id(), current.email(), describe(key));
        return new IssuedKey(key, token.value());
    }

    /** The keys of the account signed in as {@code holderEmail} that still work, newest first. */
    List<KeyView> activeKeysOf(String holderEmail) {
        return accounts.findByEmail(Account.normalizeEmail(holderEmail)).map(account -> activeKeysOf(account.id()))
                .orElse(List.of());
    }

    public List<KeyView> activeKeysOf(long accountId) {
        return jdbc.sql(SELECT + " where k.account_id = ? and k.revoked_at is null order by k.created_at desc, k.id desc")
                .param(accountId).query(ApiKeys::view).list();
    }

    /** The working key {@code keyId} if it belongs to {@code holderEmail}; someone else's key is not found. */
    Optional<KeyView> activeKeyOf(String holderEmail, long keyId) {
        return activeKey(keyId).filter(key -> key.ownerEmail().equals(Account.normalizeEmail(holderEmail)));
    }

    /** Every working key of every account, newest first (the back office). */
    List<KeyView> allActive(long offset, int limit) {
        return jdbc.sql(SELECT + " where k.revoked_at is null order by k.created_at desc, k.id desc limit ? offset ?")
                .params(limit, offset).query(ApiKeys::view).list();
    }

    long countActive() {
        return jdbc.sql("select count(*) from users.api_key where revoked_at is null").query(Long.class).single();
    }

    Optional<KeyView> activeKey(long keyId) {
        return jdbc.sql(SELECT + " where k.id = ? and k.revoked_at is null").param(keyId).query(ApiKeys::view).optional();
    }

    /**
     * Revokes key {@code keyId} if it is a working key of the account signed in as {@code holderEmail}; false
     * (and nothing changed) for anyone else's key, an unknown or an already revoked one.
     */
    @Transactional
    boolean revokeOwn(String holderEmail, long keyId) {
        Optional<Account> holder = accounts.findByEmail(Account.normalizeEmail(holderEmail));
        if (holder.isEmpty()) {
            return false;
        }
        return revoke(holder.get(), keyId, holder.get().id());
    }

    /** Revokes any working key; {@code adminEmail} must be an unlocked admin (else {@link KeyRefused}). */
    @Transactional
    boolean revokeAsAdmin(String adminEmail, long keyId) {
        Account admin = accounts.findByEmail(Account.normalizeEmail(adminEmail))
                .filter(account -> account.admin() && !account.locked())
                .orElseThrow(() -> new KeyRefused("", "user.admin.not-an-admin"));
        return revoke(admin, keyId, null);
    }

    private boolean revoke(Account actor, long keyId, Long requiredOwner) {
        Optional<KeyView> key = jdbc.sql(SELECT + " where k.id = ? and k.revoked_at is null for update of k")
                .param(keyId).query(ApiKeys::view).optional()
                .filter(found -> requiredOwner == null || found.accountId() == requiredOwner);
        if (key.isEmpty()) {
            return false;
        }
        jdbc.sql("update users.api_key set revoked_at = now() where id = ?").param(keyId).update();
        audit.record(actor, AuditAction.API_KEY_REVOKED, key.get().accountId(), key.get().ownerEmail(), describe(key.get()));
        return true;
    }

    /**
     * The client presenting {@code presented}, checked against the key's hash and its account's current state.
     * Throws Spring Security's {@code AuthenticationException}s with messages meant for the API's caller.
     */
    ApiClient authenticate(String presented) {
        ApiKeyToken token = ApiKeyToken.parse(presented).orElseThrow(() -> new BadCredentialsException(
                texts.get("user.api.key.malformed", ApiKeyToken.LENGTH)));
        var stored = jdbc.sql("""
                        select k.id, k.account_id, k.scope, k.secret_hash, k.revoked_at is not null as revoked,
                               a.email, a.admin, a.locked_at is not null as locked, a.email_verified_at is not null as verified
                        from users.api_key k join users.account a on a.id = k.account_id
                        where k.lookup = ?""")
                .param(token.lookup())
                .query((rs, n) -> new StoredKey(rs.getLong("id"), rs.getLong("account_id"), rs.getString("scope"),
                        rs.getBytes("secret_hash"), rs.getBoolean("revoked"), rs.getString("email"), rs.getBoolean("admin"),
                        rs.getBoolean("locked"), rs.getBoolean("verified")))
                .optional()
                .filter(key -> MessageDigest.isEqual(key.secretHash(), token.hash()))
                .orElseThrow(() -> new BadCredentialsException(
                        texts.get("user.api.key.invalid")));
        if (stored.revoked()) {
            throw new BadCredentialsException(texts.get("user.api.key.revoked"));
        }
        if (stored.locked()) {
            throw new LockedException(texts.get("user.api.key.locked"));
        }
        if (!stored.verified()) {
            throw new DisabledException(texts.get("user.api.key.unconfirmed"));
        }
        Scope scope = Scope.fromValue(stored.scope()).orElseThrow();
        Scope effective = scope == Scope.ADMIN && !stored.admin() ? Scope.CUSTOMER : scope;
        // at most one write a minute per key, however busy the client
        jdbc.sql("""
                        update users.api_key set last_used_at = now()
                        where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param(stored.id()).update();
        return new ApiClient(stored.id(), stored.accountId(), stored.email(), effective, effective.authorities());
    }

    private record StoredKey(long id, long accountId, String scope, byte[] secretHash, boolean revoked, String email,
            boolean admin, boolean locked, boolean verified) {
    }

    private static final String SELECT = """
            select k.id, k.account_id, a.email, k.name, k.scope, k.lookup, k.created_at, k.last_used_at
            from users.api_key k join users.account a on a.id = k.account_id""";

    private static KeyView view(ResultSet rs, int row) throws SQLException {
        var lastUsed = rs.getTimestamp("last_used_at");
        return new KeyView(rs.getLong("id"), rs.getLong("account_id"), rs.getString("email"), rs.getString("name"),
                Scope.fromValue(rs.getString("scope")).orElseThrow(), ApiKeyToken.displayed(rs.getString("lookup")),
                rs.getTimestamp("created_at").toInstant(), lastUsed == null ? null : lastUsed.toInstant());
    }

    private static String describe(KeyView key) {
        return "“" + key.name() + "” (" + key.scope().value() + ", " + key.prefix() + ")";
    }
}
