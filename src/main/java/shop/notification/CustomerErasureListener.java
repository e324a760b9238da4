package shop.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.user.events.CustomerDeleted;

/**
 * A customer deleted their account: this module forgets them. Every message recorded for their email
 * address loses the address, the name, the subject, the bodies and error texts (see
 * {@link Outbox#anonymiseRecipient}); a message still waiting is not sent; their marketing preference is
 * deleted. Idempotent: a second delivery finds nothing left to change.
 */
@Component
class CustomerErasureListener {

    private static final Logger log = LoggerFactory.getLogger(CustomerErasureListener.class);

    private final Outbox outbox;
    private final Preferences preferences;

    CustomerErasureListener(Outbox outbox, Preferences preferences) {
        this.outbox = outbox;
        this.preferences = preferences;
    }

    @ApplicationModuleListener
    void on(CustomerDeleted event) {
        int messages = outbox.anonymiseRecipient(event.email());
        preferences.forget(event.email());
        log.info("Anonymised {} messages of deleted account {}", messages, event.accountId());
    }
}
