package testsupport;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts for tests, written straight into {@code users.account} with a confirmed email address and a
 * password encoded by the shop's own {@link PasswordEncoder}, so they can sign in at once. Every account has
 * a fresh address: tests share one database.
 */
public final class TestCustomers {

    public static final String PASSWORD = "a long enough test passphrase";

    private TestCustomers() {
    }

    public record Customer(long id, String email, String password, String name) {
    }

    public static Customer create(JdbcClient jdbc, PasswordEncoder encoder) {
        return create(jdbc, encoder, "customer", false);
    }

    public static Customer createAdmin(JdbcClient jdbc, PasswordEncoder encoder) {
        return create(jdbc, encoder, "admin", true);
    }

    public static Customer create(JdbcClient jdbc, PasswordEncoder encoder, String prefix, boolean admin) {
        String email = prefix + "-" + UUID.randomUUID() + "@example.com";
        String name = "Test " + prefix.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + prefix.substring(1);
        long id = jdbc.sql("""
                        insert into users.account (email, display_name, password_hash, admin, email_verified_at)
                        values (?, ?, ?, ?, now()) returning id""")
                .params(email, name, encoder.encode(PASSWORD), admin)
                .query(Long.class).single();
        return new Customer(id, email, PASSWORD, name);
    }
}
