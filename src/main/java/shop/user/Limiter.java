package shop.user;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Allows {@code capacity} events per key within {@code window}: a token bucket per key (Bucket4j) that
 * refills gradually, so after the limit is reached one more event is allowed every {@code window /
 * capacity}. Buckets live in memory, on this node only, and are forgotten once full again; at most
 * {@code maxKeys} are kept (the least recently used go first).
 */
final class Limiter {

    private final int capacity;
    private final Duration window;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    Limiter(int capacity, Duration window, TimeMeter time, long maxKeys) {
        if (capacity < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs a capacity of at least 1 and a positive window");
        }
        this.capacity = capacity;
        this.window = window;
        this.time = time;
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(window).build();
    }

    Limiter(int capacity, Duration window) {
        this(capacity, window, TimeMeter.SYSTEM_MILLISECONDS, 100_000);
    }

    /** How long {@code key} must wait before its next event is allowed; empty if it may go on now. */
    Optional<Duration> waitFor(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return Optional.empty();
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Counts an event that has happened, whether or not it was allowed. */
    void record(String key) {
        bucket(key).tryConsume(1);
    }

    /** Counts the event and says whether it was still allowed. */
    boolean tryRecord(String key) {
        return bucket(key).tryConsume(1);
    }

    /** Forgets what was counted for {@code key}. */
    void forget(String key) {
        buckets.invalidate(key);
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .withCustomTimePrecision(time)
                .build());
    }
}
