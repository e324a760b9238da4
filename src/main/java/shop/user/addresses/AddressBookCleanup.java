package shop.user.addresses;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.user.events.CustomerDeleted;

/**
 * A deleted customer's address book goes with them: the address book removes its own rows when it hears
 * {@link CustomerDeleted} (after the account's deletion committed, in a transaction of its own). Hearing it
 * again finds nothing left to remove, so a redelivered event is harmless.
 */
@Component
class AddressBookCleanup {

    private static final Logger log = LoggerFactory.getLogger(AddressBookCleanup.class);

    private final JdbcClient jdbc;

    AddressBookCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CustomerDeleted event) {
        int removed = jdbc.sql("delete from users.address where account_id = ?").param(event.accountId()).update();
        if (removed > 0) {
            log.info("Removed {} address(es) of deleted account {}", removed, event.accountId());
        }
    }
}
