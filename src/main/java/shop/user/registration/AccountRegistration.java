package shop.user.registration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.Account;
import shop.user.Accounts;
import shop.user.Passwords;
import shop.user.PersonName;
import shop.user.Throttles;
import shop.user.events.CustomerRegistered;
import shop.user.events.RegistrationRepeated;

/** Creates accounts and announces them; the announcement commits with the account or not at all. */
@Service
class AccountRegistration {

    private final Accounts accounts;
    private final Passwords passwords;
    private final EmailVerification verification;
    private final Throttles throttles;
    private final ApplicationEventPublisher events;

    AccountRegistration(Accounts accounts, Passwords passwords, EmailVerification verification, Throttles throttles,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.verification = verification;
        this.throttles = throttles;
        this.events = events;
    }

    /** An account as the operator sets it up (the admin on first start): no policy, nothing to confirm for admins. */
    @Transactional
    Account register(String email, String displayName, String rawPassword, boolean admin) {
        var created = Account.create(email, displayName, passwords.hash(rawPassword), admin);
        // the bootstrapped admin's address is the operator's own setting: nothing to confirm
        var account = accounts.save(admin ? created.verified(created.createdAt()) : created);
        events.publishEvent(new CustomerRegistered(account.id(), account.email(), account.displayName(), account.admin(),
                account.createdAt()));
        return account;
    }

    /**
     * A shopper registering themselves, with a name and password that passed validation and the
     * password policy ({@link shop.user.NewPasswordCheck}). The outcome is not returned on purpose: a new address gets an account and a
     * confirmation link; an address with an unconfirmed account gets a new link; one with a confirmed account
     * gets a note that someone tried to register with it. The password is hashed in every case, so all three
     * take about as long.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another request registered the address at
     *         the same moment (treat it like an existing address)
     */
    @Transactional
    void registerCustomer(String email, String displayName, String rawPassword) {
        String hash = passwords.hash(rawPassword);
        var existing = accounts.findByEmail(Account.normalizeEmail(email));
        if (existing.isPresent()) {
            alreadyRegistered(existing.get());
            return;
        }
        var account = accounts.save(Account.create(email, PersonName.Validator.normalize(displayName), hash, false));
        events.publishEvent(new CustomerRegistered(account.id(), account.email(), account.displayName(), false,
                account.createdAt()));
        verification.send(account, account.email());
    }

    /** Throws a {@link org.springframework.dao.DataAccessException} when the user storage cannot be read. */
    @Transactional(readOnly = true)
    void checkAvailable() {
        accounts.existsById(0L);
    }

    private void alreadyRegistered(Account account) {
        if (account.locked()) {
            return;
        }
        if (!account.emailVerified()) {
            verification.send(account, account.email());
        } else if (throttles.mailTo(account.email())) {
            events.publishEvent(new RegistrationRepeated(account.id(), account.email(), account.displayName(),
                    java.time.Instant.now()));
        }
    }
}
