package shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

/**
 * The breaker's rules on their own: which failures count, that an open breaker does not ask the pool, and
 * that it closes once probes get connections. The real outage is {@link DatabaseOutageTests}.
 */
class DatabaseCircuitBreakerTests {

    private final DatabaseCircuitBreaker breaker = new DatabaseCircuitBreaker(
            new DatabaseBreakerSettings(3, 6, Duration.ofMillis(300), 2));
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void opensAfterAFewFailedConnectionsAndThenRefusesWithoutAskingThePool() throws SQLException {
        for (int i = 0; i < 3; i++) {
            connect(succeeding());
        }
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> connect(unreachable())).isInstanceOf(SQLTransientConnectionException.class)
                    .hasRootCauseInstanceOf(ConnectException.class);
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);

        int askedBefore = asked.get();
        assertThatThrownBy(() -> connect(succeeding())).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("circuit breaker");
        assertThat(asked.get()).isEqualTo(askedBefore);
        assertThat(breaker.refusedWithoutTrying()).isEqualTo(1);
    }

    @Test
    void closesWhenTheProbesGetConnectionsAndReopensWhenTheyDoNot() throws SQLException {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> connect(unreachable())).isInstanceOf(SQLException.class);
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        // refused while open (the pool is not asked), then two probes that fail
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            tryConnect(unreachable());
            return asked.get() == 5;
        });
        assertThat(breaker.state()).as("a failed probe opens it again").isEqualTo(CircuitBreaker.State.OPEN);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            tryConnect(succeeding());
            return breaker.state() == CircuitBreaker.State.CLOSED;
        });
        assertThat(asked.get()).as("two probes, no more").isEqualTo(7);
        connect(succeeding());
        assertThat(asked.get()).isEqualTo(8);
    }

    @Test
    void aBusyPoolIsNoOutage() throws SQLException {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> connect(busy())).isInstanceOf(SQLTransientConnectionException.class);
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        connect(succeeding());
        assertThat(asked.get()).isEqualTo(11);
    }

    private void tryConnect(DatabaseCircuitBreaker.ConnectionSource pool) {
        try {
            connect(pool);
        } catch (SQLException expectedWhileOpenOrDown) {
            // counted by the breaker
        }
    }

    private Connection connect(DatabaseCircuitBreaker.ConnectionSource pool) throws SQLException {
        return breaker.connect(() -> {
            asked.incrementAndGet();
            return pool.get();
        });
    }

    private static DatabaseCircuitBreaker.ConnectionSource succeeding() {
        return () -> null; // the breaker hands on whatever the pool gives
    }

    /** What HikariCP throws when its attempts to connect failed: the connection failure as the cause. */
    private static DatabaseCircuitBreaker.ConnectionSource unreachable() {
        return () -> {
            throw new SQLTransientConnectionException("Connection is not available, request timed out after 1000ms",
                    "08001", new SQLException("The connection attempt failed.", "08001",
                            new ConnectException("Connection refused")));
        };
    }

    /** What HikariCP throws when every connection is in use and none came back in time: no cause. */
    private static DatabaseCircuitBreaker.ConnectionSource busy() {
        return () -> {
            throw new SQLTransientConnectionException("Connection is not available, request timed out after 1000ms");
        };
    }
}
