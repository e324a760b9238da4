package shop.notification;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.user.events.CustomerRegistered;

/** Greets new account holders. Runs after the account's transaction commits, in its own. */
@Component
class AccountEventsListener {

    private final Notifications notifications;

    AccountEventsListener(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(CustomerRegistered event) {
        notifications.tell("welcome:account:" + event.accountId(), Template.WELCOME,
                new Recipient(event.email(), event.displayName()), Map.of("email", event.email()));
    }
}
