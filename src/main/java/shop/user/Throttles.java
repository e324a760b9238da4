package shop.user;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The limits of {@link AccountSettings}: failed sign-ins per account (the email typed, whether or not an
 * account has it) and per client address; requests that send mail per client address; and mails per
 * recipient address, so that nobody can flood someone's inbox through the shop.
 */
@Component
public class Throttles {

    private final Limiter failuresPerAccount;
    private final Limiter failuresPerClient;
    private final Limiter requestsPerClient;
    private final Limiter mailsPerAddress;

    Throttles(AccountSettings settings) {
        var signIn = settings.signIn();
        var mail = settings.mail();
        this.failuresPerAccount = new Limiter(signIn.failuresPerAccount(), signIn.window());
        this.failuresPerClient = new Limiter(signIn.failuresPerClient(), signIn.window());
        this.requestsPerClient = new Limiter(mail.requestsPerClient(), mail.window());
        this.mailsPerAddress = new Limiter(mail.mailsPerAddress(), mail.window());
    }

    /** How long this sign-in must wait, if either the account or the client address had too many failures. */
    public Optional<Duration> signInWait(String email, String client) {
        Optional<Duration> account = failuresPerAccount.waitFor(key(email));
        Optional<Duration> address = failuresPerClient.waitFor(client);
        if (account.isPresent() && address.isPresent()) {
            return Optional.of(account.get().compareTo(address.get()) > 0 ? account.get() : address.get());
        }
        return account.isPresent() ? account : address;
    }

    public void signInFailed(String email, String client) {
        failuresPerAccount.record(key(email));
        failuresPerClient.record(client);
    }

    public void signInSucceeded(String email) {
        failuresPerAccount.forget(key(email));
    }

    /** Counts a request that may send mail; empty if allowed, else how long the client must wait. */
    public Optional<Duration> mailRequest(String client) {
        if (requestsPerClient.tryRecord(client)) {
            return Optional.empty();
        }
        return Optional.of(requestsPerClient.waitFor(client).orElse(Duration.ofMinutes(1)));
    }

    /** Counts a mail to {@code address}; false when that address had enough mail from us for now. */
    public boolean mailTo(String address) {
        return mailsPerAddress.tryRecord(key(address));
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whole minutes to wait, rounded up, at least one. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
