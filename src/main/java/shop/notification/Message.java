package shop.notification;

import java.time.Instant;

/** One message as recorded in the outbox: rendered once, sent as recorded. */
public record Message(
        long id,
        String dedupKey,
        Channel channel,
        String template,
        Category category,
        String recipient,
        String recipientName,
        String subject,
        String bodyText,
        String bodyHtml,
        MessageStatus status,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        String deliveredVia,
        Instant createdAt,
        Instant sentAt) {
}
