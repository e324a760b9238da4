package shop.notification;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which recipients accept marketing messages. Marketing is opt-in: without a recorded choice (a new customer,
 * an address the shop never asked), it is not sent.
 */
@Repository
class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean allows(String recipient, Category category) {
        if (category == Category.TRANSACTIONAL) {
            return true;
        }
        return jdbc.sql("select marketing from notification.preference where recipient = lower(?)")
                .param(recipient).query(Boolean.class).optional().orElse(false);
    }

    /**
     * Records the recipient's marketing choice made at {@code decidedAt}, unless a later choice is already
     * recorded: a redelivered or late event never overrides a newer one.
     */
    void record(String recipient, boolean marketing, Instant decidedAt) {
        jdbc.sql("""
                        insert into notification.preference (recipient, marketing, updated_at)
                        values (lower(:recipient), :marketing, :decidedAt)
                        on conflict (recipient) do update set marketing = excluded.marketing, updated_at = excluded.updated_at
                         where notification.preference.updated_at <= excluded.updated_at
                        """)
                .param("recipient", recipient)
                .param("marketing", marketing)
                .param("decidedAt", Timestamp.from(decidedAt))
                .update();
    }

    /** Forgets the recipient's choices; says whether there were any. */
    boolean forget(String recipient) {
        return jdbc.sql("delete from notification.preference where recipient = lower(?)").param(recipient).update() > 0;
    }
}
