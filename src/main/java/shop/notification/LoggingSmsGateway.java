package shop.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records text messages in the log instead of sending them: the default until a provider is configured. */
class LoggingSmsGateway implements SmsGateway {

    static final String NAME = "Log only (no SMS provider configured)";

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public String send(String phoneNumber, String text) {
        log.info("SMS to {} ({} characters) recorded, not sent: no SMS provider configured", phoneNumber, text.length());
        return NAME;
    }
}
