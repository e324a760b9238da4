package shop;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's {@link DataSource}: the connection pool behind the {@link DatabaseCircuitBreaker}.
 * Everything that talks to the database (every module, sessions, the event registry, Flyway, health) gets
 * its connections here. Closing it closes the pool, as closing the pool bean did.
 */
final class BreakerGuardedDataSource extends DelegatingDataSource implements Closeable {

    private final DatabaseCircuitBreaker breaker;

    BreakerGuardedDataSource(DataSource pool, DatabaseCircuitBreaker breaker) {
        super(pool);
        this.breaker = breaker;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return breaker.connect(() -> obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return breaker.connect(() -> obtainTargetDataSource().getConnection(username, password));
    }

    @Override
    public void close() throws IOException {
        if (obtainTargetDataSource() instanceof AutoCloseable pool) {
            try {
                pool.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
