package shop.user;

import java.time.Instant;
import java.util.UUID;

/** Customer accounts for tests, made the way registration makes them. */
final class Customers {

    static final String PASSWORD = "violet kettle under moonlight";

    private Customers() {
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    /** A customer who registered but has not confirmed the address yet. */
    static Account unconfirmed(AccountRegistration registration, String email, String name) {
        return registration.register(email, name, PASSWORD, false);
    }

    /** A customer who registered and confirmed the address. */
    static Account confirmed(AccountRegistration registration, Accounts accounts, String email, String name) {
        Account account = unconfirmed(registration, email, name);
        accounts.markVerified(account.id(), account.email(), Instant.now());
        return accounts.findById(account.id()).orElseThrow();
    }
}
