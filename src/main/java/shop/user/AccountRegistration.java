package shop.user;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.events.CustomerRegistered;

/** Creates accounts and announces them; the announcement commits with the account or not at all. */
@Service
class AccountRegistration {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    AccountRegistration(Accounts accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    @Transactional
    Account register(String email, String displayName, String rawPassword, boolean admin) {
        var created = Account.create(email, displayName, passwordEncoder.encode(rawPassword), admin);
        // the bootstrapped admin's address is the operator's own setting: nothing to confirm
        var account = accounts.save(admin ? created.verified(created.createdAt()) : created);
        events.publishEvent(new CustomerRegistered(account.id(), account.email(), account.displayName(), account.admin(),
                account.createdAt()));
        return account;
    }
}
