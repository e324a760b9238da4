package shop;

import java.util.Locale;

import javax.sql.DataSource;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * How the shop survives its database going away: the pool fails fast (timeouts in application.properties),
 * every connection passes the {@link DatabaseCircuitBreaker}, and a failed connection surfaces as the
 * {@code DataAccessException} each module already degrades on, inside a transaction or not. The breaker's
 * state shows in {@code /actuator/health} (details for admins) and in the metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseBreakerSettings.class)
class DatabaseResilience {

    @Bean
    DatabaseCircuitBreaker databaseCircuitBreaker(DatabaseBreakerSettings settings) {
        return new DatabaseCircuitBreaker(settings);
    }

    /** Puts the breaker in front of the pool Boot builds, whichever way its address came (URL or embedded). */
    @Bean
    static BeanPostProcessor databaseBehindCircuitBreaker(ObjectProvider<DatabaseCircuitBreaker> breaker) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof BreakerGuardedDataSource)
                        ? new BreakerGuardedDataSource(pool, breaker.getObject())
                        : bean;
            }
        };
    }

    /** Replaces Boot's transaction manager (same type, same customizers) by one that keeps failures translated. */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        var manager = new ConnectionFailureTranslatingTransactionManager(dataSource);
        customizers.ifAvailable(all -> all.customize(manager));
        return manager;
    }

    @Bean
    HealthIndicator databaseBreakerHealthIndicator(DatabaseCircuitBreaker breaker) {
        return () -> {
            CircuitBreaker.State state = breaker.state();
            return (state == CircuitBreaker.State.OPEN ? Health.down() : Health.up())
                    .withDetail("state", state)
                    .withDetail("failureRate", breaker.failureRate())
                    .withDetail("refusedWithoutTrying", breaker.refusedWithoutTrying())
                    .build();
        };
    }

    @Bean
    MeterBinder databaseBreakerMetrics(DatabaseCircuitBreaker breaker) {
        return registry -> {
            for (CircuitBreaker.State state : new CircuitBreaker.State[] {CircuitBreaker.State.CLOSED,
                    CircuitBreaker.State.OPEN, CircuitBreaker.State.HALF_OPEN}) {
                Gauge.builder("shop.database.breaker.state", breaker, it -> it.state() == state ? 1 : 0)
                        .tag("state", state.name().toLowerCase(Locale.ROOT))
                        .description("1 for the database circuit breaker's current state, 0 for the others")
                        .register(registry);
            }
            FunctionCounter.builder("shop.database.breaker.refused", breaker, DatabaseCircuitBreaker::refusedWithoutTrying)
                    .description("Requests for a database connection refused by the open circuit breaker without trying")
                    .register(registry);
        };
    }
}
