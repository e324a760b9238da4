package shop;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the database circuit breaker opens and for how long: once {@code failures} of the last {@code window}
 * attempts to get a connection failed, the shop stops asking the database for {@code openFor}; then
 * {@code probes} attempts go through, and the breaker closes if most of them get a connection.
 */
@ConfigurationProperties("shop.database.breaker")
record DatabaseBreakerSettings(
        @DefaultValue("3") int failures,
        @DefaultValue("6") int window,
        @DefaultValue("5s") Duration openFor,
        @DefaultValue("2") int probes) {

    DatabaseBreakerSettings {
        if (failures < 1 || window < failures || probes < 1 || openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("shop.database.breaker needs 1 <= failures <= window, probes >= 1 and a "
                    + "positive open-for; got failures=" + failures + ", window=" + window + ", probes=" + probes
                    + ", open-for=" + openFor);
        }
    }

    /** The share of failed attempts in the window that opens the breaker. */
    float failureRatePercent() {
        return 100f * failures / window;
    }
}
