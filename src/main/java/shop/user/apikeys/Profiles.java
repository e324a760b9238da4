package shop.user.apikeys;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads an account's public profile for the API. */
@Component
class Profiles {

    private final JdbcClient jdbc;

    Profiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountApi.Profile> of(long accountId) {
        return jdbc.sql("select id, email, display_name, email_verified_at is not null from users.account where id = ?")
                .param(accountId)
                .query((rs, n) -> new AccountApi.Profile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }
}
