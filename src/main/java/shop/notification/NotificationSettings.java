package shop.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the shop introduces itself in messages and how hard the dispatcher tries: a failed message is
 * retried after {@code initialBackoff}, then twice as long each time up to {@code maxBackoff}, and
 * marked failed after {@code maxAttempts}.
 */
@ConfigurationProperties("shop.notification")
public record NotificationSettings(
        @DefaultValue("Shop <shop@localhost>") String mailFrom,
        @DefaultValue("Shop") String shopName,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("2s") Duration dispatchEvery,
        @DefaultValue("50") int dispatchBatch,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff) {

    /** How long to wait before the next attempt, after {@code attempts} failed ones. */
    Duration backoffAfter(int attempts) {
        Duration delay = initialBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
