package shop.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which recipients accept marketing messages. Without a recorded choice, marketing is allowed. */
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
                .param(recipient).query(Boolean.class).optional().orElse(true);
    }
}
