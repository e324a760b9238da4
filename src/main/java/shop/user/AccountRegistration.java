package shop.user;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.events.AccountCreated;

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
        var account = accounts.save(Account.create(email, displayName, passwordEncoder.encode(rawPassword), admin));
        events.publishEvent(new AccountCreated(account.id(), account.email(), account.displayName(), account.admin(),
                account.createdAt()));
        return account;
    }
}
