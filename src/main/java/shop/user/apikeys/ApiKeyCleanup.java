package shop.user.apikeys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.user.events.CustomerDeleted;

/**
 * A deleted customer's API keys go with them, revoked or not: the keys feature removes its own rows when it
 * hears {@link CustomerDeleted}. Until then the keys already fail, because a key only works for an existing
 * account ({@link ApiKeys#authenticate}). Hearing the event again finds nothing left to remove.
 */
@Component
class ApiKeyCleanup {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyCleanup.class);

    private final JdbcClient jdbc;

    ApiKeyCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CustomerDeleted event) {
        int removed = jdbc.sql("delete from users.api_key where account_id = ?").param(event.accountId()).update();
        if (removed > 0) {
            log.info("Removed {} API key(s) of deleted account {}", removed, event.accountId());
        }
    }
}
