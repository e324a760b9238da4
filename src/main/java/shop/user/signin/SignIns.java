package shop.user.signin;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.Accounts;
import shop.user.events.CustomerSignedIn;

/** Announces every sign-in, by form or by remember-me cookie, with the cart the browser had as a guest. */
@Service
class SignIns {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    SignIns(Accounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    void signedIn(String email, String guestCartReference) {
        accounts.findByEmail(email).ifPresent(account -> events.publishEvent(
                new CustomerSignedIn(account.id(), account.email(), guestCartReference, Instant.now())));
    }
}
