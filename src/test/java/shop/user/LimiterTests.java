package shop.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

/** The token buckets behind throttling, on a clock the test moves. */
class LimiterTests {

    final AtomicLong nanos = new AtomicLong();
    final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    final Limiter limiter = new Limiter(5, Duration.ofMinutes(15), clock, 1000);

    @Test
    void fiveEventsPassThenTheKeyWaitsAndOtherKeysDoNot() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.waitFor("ada")).isEmpty();
            limiter.record("ada");
        }
        assertThat(limiter.waitFor("ada")).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(3)));
        assertThat(limiter.waitFor("grace")).isEmpty();
        assertThat(Throttles.minutes(limiter.waitFor("ada").orElseThrow())).isEqualTo(3);
    }

    @Test
    void theBucketRefillsOverTheWindow() {
        for (int i = 0; i < 5; i++) {
            limiter.record("ada");
        }
        nanos.addAndGet(Duration.ofMinutes(3).toNanos());
        assertThat(limiter.tryRecord("ada")).isTrue();
        assertThat(limiter.tryRecord("ada")).isFalse();
        nanos.addAndGet(Duration.ofMinutes(15).toNanos());
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryRecord("ada")).isTrue();
        }
    }

    @Test
    void forgettingAKeyStartsItAfresh() {
        for (int i = 0; i < 5; i++) {
            limiter.record("ada");
        }
        limiter.forget("ada");
        assertThat(limiter.waitFor("ada")).isEmpty();
    }

    @Test
    void minutesAreRoundedUpAndAtLeastOne() {
        assertThat(Throttles.minutes(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(Throttles.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(Throttles.minutes(Duration.ZERO)).isEqualTo(1);
    }
}
