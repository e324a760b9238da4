package shop.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.user.events.AccountCreated;

/** Greets new account holders. Runs after the account's transaction commits, in its own. */
@Component
class AccountEventsListener {

    private final Messages messages;

    AccountEventsListener(Messages messages) {
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(AccountCreated event) {
        messages.record(Message.welcome(event.accountId(), event.email()));
    }
}
