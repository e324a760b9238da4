package shop;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Boot's {@link JdbcTransactionManager}, except that losing the database surfaces as the
 * {@code DataAccessException} every module's storage-failure handler already turns into its degraded answer:
 * <ul>
 * <li>a transaction that cannot start for want of a connection fails with
 * {@link CannotGetJdbcConnectionException}, as the same failure does outside a transaction (Spring's
 * {@link CannotCreateTransactionException} is no {@code DataAccessException}: a read-only repository call
 * with the database gone ended in a 500 page, not the module's 503 notice);</li>
 * <li>rolling back on a connection the pool already closed as broken is no failure: the server ends such a
 * transaction itself. Reporting it (HikariCP's "Connection is closed" carries no SQL state, so it stays an
 * untranslated {@link TransactionSystemException}) replaced the statement's own failure with a 500;</li>
 * <li>a commit on such a connection fails with {@link DataAccessResourceFailureException}.</li>
 * </ul>
 */
final class ConnectionFailureTranslatingTransactionManager extends JdbcTransactionManager {

    private static final Logger log = LoggerFactory.getLogger(ConnectionFailureTranslatingTransactionManager.class);

    ConnectionFailureTranslatingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        try {
            super.doBegin(transaction, definition);
        } catch (CannotCreateTransactionException failure) {
            if (failure.getCause() instanceof SQLException connectionFailure) {
                throw new CannotGetJdbcConnectionException("Could not open a JDBC connection for a transaction",
                        connectionFailure);
            }
            throw failure;
        }
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        try {
            super.doRollback(status);
        } catch (TransactionSystemException failure) {
            if (!connectionLost(status)) {
                throw failure;
            }
            log.debug("No rollback needed: the connection was lost, and the server ended its transaction", failure);
        }
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        try {
            super.doCommit(status);
        } catch (TransactionSystemException failure) {
            if (!connectionLost(status)) {
                throw failure;
            }
            throw new DataAccessResourceFailureException("Commit failed: the connection to the database was lost",
                    failure.getCause());
        }
    }

    private static boolean connectionLost(DefaultTransactionStatus status) {
        if (!(status.getTransaction() instanceof JdbcTransactionObjectSupport transaction)
                || !transaction.hasConnectionHolder()) {
            return false;
        }
        try {
            Connection connection = transaction.getConnectionHolder().getConnection();
            return connection.isClosed();
        } catch (SQLException | RuntimeException unknowable) {
            return true;
        }
    }
}
