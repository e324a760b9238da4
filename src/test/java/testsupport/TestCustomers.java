package testsupport;

import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Verified accounts for tests, inserted straight into {@code users.account} (the registration flow with its
 * confirmation mail is tested on its own), so they can sign in at once. Each gets a unique email address and
 * the password {@link #PASSWORD}, hashed by the application's own encoder; sign in with {@link Forms#signIn}.
 */
public final class TestCustomers {

    public static final String PASSWORD = "correct horse battery staple";

    private static volatile String passwordHash;

    private TestCustomers() {
    }

    /** An account as a test knows it. */
    public record Customer(long id, String email, String password, String displayName) {

        public String name() {
            return displayName;
        }
    }

    public static Customer create(JdbcClient jdbc, PasswordEncoder encoder) {
        return create(jdbc, encoder, "customer", false);
    }

    public static Customer create(JdbcClient jdbc, PasswordEncoder encoder, String displayName) {
        return insert(jdbc, encoder, "customer", displayName, false);
    }

    public static Customer createAdmin(JdbcClient jdbc, PasswordEncoder encoder) {
        return create(jdbc, encoder, "admin", true);
    }

    /** An admin account besides the bootstrapped one. */
    public static Customer createAdmin(JdbcClient jdbc, PasswordEncoder encoder, String displayName) {
        return insert(jdbc, encoder, "admin", displayName, true);
    }

    /** An account whose email starts with {@code prefix}, named after it. */
    public static Customer create(JdbcClient jdbc, PasswordEncoder encoder, String prefix, boolean admin) {
        String name = "Test " + prefix.substring(0, 1).toUpperCase(Locale.ROOT) + prefix.substring(1);
        return insert(jdbc, encoder, prefix, name, admin);
    }

    private static Customer insert(JdbcClient jdbc, PasswordEncoder encoder, String prefix, String displayName,
            boolean admin) {
        String email = prefix + "-" + UUID.randomUUID() + "@example.com";
        long id = jdbc.sql("""
                        insert into users.account (email, display_name, password_hash, admin, email_verified_at)
                        values (?, ?, ?, ?, now())
                        returning id
                        """)
                .params(email, displayName, hash(encoder), admin)
                .query(Long.class).single();
        return new Customer(id, email, PASSWORD, displayName);
    }

    /** One hash for every test account: hashing is slow on purpose. */
    private static String hash(PasswordEncoder encoder) {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
