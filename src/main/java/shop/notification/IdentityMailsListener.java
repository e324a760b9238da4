package shop.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.user.events.CustomerEmailChangeRequested;
import shop.user.events.CustomerPasswordChanged;
import shop.user.events.EmailVerificationRequested;
import shop.user.events.PasswordResetRequested;
import shop.user.events.RegistrationRepeated;

/**
 * The mails that keep an account safe: confirmation and reset links (delivered, never made here: the user
 * module signs them), and notices of changes the account holder should know about. Each event is told
 * once, whatever its redeliveries, by a key made of its identity.
 */
@Component
class IdentityMailsListener {

    static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Notifications notifications;
    private final NotificationSettings settings;

    IdentityMailsListener(Notifications notifications, NotificationSettings settings) {
        this.notifications = notifications;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(EmailVerificationRequested event) {
        notifications.tell("verify-email:" + event.accountId() + ":" + event.email() + ":" + millis(event.expiresAt()),
                Template.VERIFY_EMAIL, new Recipient(event.email(), event.displayName()),
                Map.of("email", event.email(), "link", event.verificationLink().toString(),
                        "expiresAt", EXPIRY.format(event.expiresAt())));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        notifications.tell("password-reset:" + event.accountId() + ":" + millis(event.expiresAt()),
                Template.PASSWORD_RESET, new Recipient(event.email(), event.displayName()),
                Map.of("email", event.email(), "link", event.resetLink().toString(),
                        "expiresAt", EXPIRY.format(event.expiresAt())));
    }

    @ApplicationModuleListener
    void on(RegistrationRepeated event) {
        notifications.tell("account-exists:" + event.accountId() + ":" + millis(event.attemptedAt()),
                Template.ACCOUNT_EXISTS, new Recipient(event.email(), event.displayName()),
                Map.of("email", event.email(), "signInUrl", url("/login"), "forgotUrl", url("/password/forgot")));
    }

    @ApplicationModuleListener
    void on(CustomerEmailChangeRequested event) {
        notifications.tell("email-change-requested:" + event.accountId() + ":" + millis(event.requestedAt()),
                Template.EMAIL_CHANGE_REQUESTED, new Recipient(event.currentEmail(), event.displayName()),
                Map.of("email", event.currentEmail(), "newEmail", event.newEmail(), "forgotUrl", url("/password/forgot")));
    }

    @ApplicationModuleListener
    void on(CustomerPasswordChanged event) {
        notifications.tell("password-changed:" + event.accountId() + ":" + millis(event.changedAt()),
                Template.PASSWORD_CHANGED, new Recipient(event.email(), event.displayName()),
                Map.of("email", event.email(), "throughResetLink", event.throughResetLink(),
                        "changedAt", EXPIRY.format(event.changedAt()), "forgotUrl", url("/password/forgot")));
    }

    private String url(String path) {
        return settings.baseUrl().replaceAll("/+$", "") + path;
    }

    private static long millis(Instant instant) {
        return instant.toEpochMilli();
    }
}
