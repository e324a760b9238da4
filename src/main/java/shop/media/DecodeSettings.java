package shop.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many uploads may be decoded and scaled at once ({@code maxConcurrent}: a 40-megapixel image holds
 * about 160 MB of heap while it is), how long an upload waits for its turn ({@code queueWait}), and after how
 * long a refused one is told to try again ({@code retryAfter}, the {@code Retry-After} of the 503).
 */
@ConfigurationProperties("shop.media.decodes")
public record DecodeSettings(
        @DefaultValue("2") int maxConcurrent,
        @DefaultValue("1s") Duration queueWait,
        @DefaultValue("5s") Duration retryAfter) {

    public DecodeSettings {
        if (maxConcurrent <= 0) {
            throw new IllegalArgumentException("shop.media.decodes.max-concurrent must be positive, not " + maxConcurrent);
        }
        if (queueWait.isNegative() || retryAfter.toSeconds() < 1) {
            throw new IllegalArgumentException("shop.media.decodes.queue-wait must not be negative and "
                    + "shop.media.decodes.retry-after must be at least a second");
        }
    }
}
