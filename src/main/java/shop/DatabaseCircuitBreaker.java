package shop;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.LongAdder;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the shop from waiting on a database that is gone. Every connection the application asks for passes
 * through {@link #connect}: after a few failed attempts in a short window the breaker opens and, for a
 * while, every request for a connection fails at once with the same {@link SQLTransientConnectionException}
 * a dead database gives, so each module's existing degradation (a notice, a last good value) answers in
 * milliseconds instead of each thread waiting for a timeout. Then a few probes go through; when they get
 * connections the breaker closes and the shop is back without a restart.
 */
final class DatabaseCircuitBreaker {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCircuitBreaker.class);

    /** Asks the real pool for a connection. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection get() throws SQLException;
    }

    private final CircuitBreaker breaker;
    private final LongAdder refused = new LongAdder();

    DatabaseCircuitBreaker(DatabaseBreakerSettings settings) {
        this.breaker = CircuitBreaker.of("database", CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.failures())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.probes())
                .ignoreException(DatabaseCircuitBreaker::poolBusy)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> log.warn("Database unreachable: not asking it for connections for {} ({})",
                        settings.openFor(), event.getStateTransition());
                case HALF_OPEN -> log.info("Probing whether the database is back ({})", event.getStateTransition());
                case CLOSED -> log.info("Database reachable again ({})", event.getStateTransition());
                default -> log.info("Database circuit breaker: {}", event.getStateTransition());
            }
        });
    }

    Connection connect(ConnectionSource pool) throws SQLException {
        if (!breaker.tryAcquirePermission()) {
            refused.increment();
            throw new SQLTransientConnectionException(
                    "The database did not answer lately; not asking it again before the circuit breaker's next probe",
                    "08001");
        }
        long start = breaker.getCurrentTimestamp();
        try {
            Connection connection = pool.get();
            breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
            return connection;
        } catch (SQLException | RuntimeException | Error failure) {
            breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), failure);
            throw failure;
        }
    }

    /**
     * A pool that timed out with no connection failure behind it (HikariCP then gives no cause) was busy, not
     * cut off from the database: a load spike is not an outage, so it neither opens nor closes the breaker.
     */
    static boolean poolBusy(Throwable failure) {
        return failure instanceof SQLTransientConnectionException && failure.getCause() == null;
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    /** Requests for a connection refused without asking the database, since the start. */
    long refusedWithoutTrying() {
        return refused.sum();
    }

    float failureRate() {
        return breaker.getMetrics().getFailureRate();
    }

}
