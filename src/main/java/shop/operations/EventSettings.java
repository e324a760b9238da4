package shop.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed event deliveries are retried: every {@code resubmitEvery}, those that failed at least
 * {@code resubmitMinAge} ago.
 */
@ConfigurationProperties("shop.events")
record EventSettings(@DefaultValue("1m") Duration resubmitEvery, @DefaultValue("30s") Duration resubmitMinAge) {
}
