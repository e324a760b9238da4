package shop.notification;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages the shop has to send, recorded before any channel sends them. */
@Repository
class Messages {

    private final JdbcClient jdbc;

    Messages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the message unless one with the same key exists: a redelivered event records nothing new. */
    boolean record(Message message) {
        return jdbc.sql("""
                        insert into notification.message (dedup_key, recipient, template)
                        values (:dedupKey, :recipient, :template)
                        on conflict (dedup_key) do nothing
                        """)
                .paramSource(message)
                .update() == 1;
    }

    List<Message> findByRecipient(String recipient) {
        return jdbc.sql("select dedup_key, recipient, template from notification.message where recipient = ? order by id")
                .param(recipient)
                .query(Message.class)
                .list();
    }
}
