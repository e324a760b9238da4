package shop.user.registration;

import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import shop.user.Account;
import shop.user.Accounts;

/**
 * Customer accounts for the user module's tests, made the way registration makes them (so the shop hears
 * {@code CustomerRegistered} as it would). Takes the test's application context, because the registration
 * service is internal to this package.
 */
public final class Customers {

    public static final String PASSWORD = "violet kettle under moonlight";

    private Customers() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    /** A customer who registered but has not confirmed the address yet. */
    public static Account unconfirmed(ApplicationContext context, String email, String name) {
        return context.getBean(AccountRegistration.class).register(email, name, PASSWORD, false);
    }

    /** A customer who registered and confirmed the address. */
    public static Account confirmed(ApplicationContext context, String email, String name) {
        Accounts accounts = context.getBean(Accounts.class);
        Account account = unconfirmed(context, email, name);
        accounts.markVerified(account.id(), account.email(), Instant.now());
        return accounts.findById(account.id()).orElseThrow();
    }
}
