package testsupport;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Verified customer accounts for tests, inserted straight into {@code users.account} (the registration
 * flow with its confirmation mail is tested on its own). Each gets a unique email address and the password
 * {@link #PASSWORD}, hashed by the application's own encoder; sign in with {@link Forms#signIn}.
 */
public final class TestCustomers {

    public static final String PASSWORD = "correct horse battery staple";

    private static volatile String passwordHash;

    private TestCustomers() {
    }

    /** A customer as a test knows them. */
    public record Customer(long id, String email, String displayName) {
    }

    public static Customer create(JdbcClient jdbc, PasswordEncoder encoder, String displayName) {
        return insert(jdbc, encoder, displayName, false);
    }

    /** An admin account besides the bootstrapped one. */
    public static Customer createAdmin(JdbcClient jdbc, PasswordEncoder encoder, String displayName) {
        return insert(jdbc, encoder, displayName, true);
    }

    private static Customer insert(JdbcClient jdbc, PasswordEncoder encoder, String displayName, boolean admin) {
        String email = "customer-" + UUID.randomUUID() + "@example.com";
        long id = jdbc.sql("""
                        insert into users.account (email, display_name, password_hash, admin, email_verified_at)
                        values (?, ?, ?, ?, now())
                        returning id
                        """)
                .params(email, displayName, hash(encoder), admin)
                .query(Long.class).single();
        return new Customer(id, email, displayName);
    }

    /** One bcrypt hash for every test customer: hashing is slow on purpose. */
    private static String hash(PasswordEncoder encoder) {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
