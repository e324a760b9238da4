package shop.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.user.events.MarketingConsentChanged;

/**
 * Keeps {@code notification.preference} in step with the customers' marketing consent, so marketing
 * messages reach only those who want them. Idempotent and order-safe: the same event twice records the
 * same choice, and an older choice arriving late never replaces a newer one.
 */
@Component
class CustomerPreferencesListener {

    private final Preferences preferences;

    CustomerPreferencesListener(Preferences preferences) {
        this.preferences = preferences;
    }

    @ApplicationModuleListener
    void on(MarketingConsentChanged event) {
        preferences.record(event.email(), event.consented(), event.changedAt());
    }
}
