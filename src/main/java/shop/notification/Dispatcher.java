package shop.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. A failed attempt is retried later with exponential backoff, up to a limit;
 * one message failing never stops the others.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Outbox outbox;
    private final Map<Channel, Delivery> deliveries;
    private final NotificationSettings settings;
    private final Clock clock = Clock.systemUTC();

    Dispatcher(Outbox outbox, List<Delivery> deliveries, NotificationSettings settings) {
        this.outbox = outbox;
        this.deliveries = deliveries.stream().collect(Collectors.toMap(Delivery::channel, Function.identity()));
        this.settings = settings;
    }

    /** Sends the messages that are due now; {@link DispatchSchedule} calls it every few seconds. */
    void dispatchDue() {
        for (Message message : outbox.due(clock.instant(), settings.dispatchBatch())) {
            dispatch(message);
        }
    }

    private void dispatch(Message message) {
        try {
            outbox.markSent(message.id(), deliveries.get(message.channel()).deliver(message));
        } catch (Exception e) {
            failed(message, e);
        }
    }

    private void failed(Message message, Exception e) {
        int attempts = message.attempts() + 1;
        String reason = reasonOf(e);
        if (attempts >= settings.maxAttempts()) {
            log.warn("Giving up on message {} to {} after {} attempts: {}", message.id(), message.recipient(), attempts, reason);
            outbox.markFailed(message.id(), reason);
        } else {
            Instant next = clock.instant().plus(settings.backoffAfter(attempts));
            log.info("Message {} not sent (attempt {}), retrying at {}: {}", message.id(), attempts, next, reason);
            outbox.scheduleRetry(message.id(), reason, next);
        }
    }

    /** What went wrong, in one line, from the innermost cause that says something. */
    private static String reasonOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.replaceAll("\\s+", " ").strip();
    }
}
