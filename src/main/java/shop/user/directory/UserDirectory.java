package shop.user.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import shop.user.addresses.Address;
import shop.user.addresses.AddressBook;

/**
 * The accounts as the back office reads them: searched, filtered, counted, one in full with its addresses
 * (asked of the address book, which owns them).
 */
@Component
class UserDirectory {

    private final JdbcClient jdbc;
    private final AddressBook addressBook;

    UserDirectory(JdbcClient jdbc, AddressBook addressBook) {
        this.jdbc = jdbc;
        this.addressBook = addressBook;
    }

    /** What the list is narrowed to; null or empty parts do not narrow. */
    record Query(String text, UserStatus status) {

        String where() {
            List<String> clauses = new ArrayList<>();
            clauses.add("true");
            if (text != null && !text.isEmpty()) {
                clauses.add("(a.email ilike :text escape '\\' or a.display_name ilike :text escape '\\')");
            }
            if (status != null) {
                clauses.add(status.condition());
            }
            return String.join(" and ", clauses);
        }

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            if (text != null && !text.isEmpty()) {
                params.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            return params;
        }
    }

    /** One account, as the list and the detail page show it. */
    record UserRow(long id, String email, String displayName, boolean admin, Instant createdAt, Instant emailVerifiedAt,
            Instant lockedAt, boolean marketingOptIn) {

        public boolean verified() {
            return emailVerifiedAt != null;
        }

        public boolean locked() {
            return lockedAt != null;
        }

        /** The one status the list shows (its words are user.admin.status.*): locked wins over unverified wins over active. */
        public String status() {
            return locked() ? "locked" : verified() ? "active" : "unverified";
        }
    }

    record AddressRow(long id, String fullName, String street, String postcode, String city, String country,
            String phone, boolean defaultShipping, boolean defaultBilling) {

        static AddressRow of(Address address) {
            var d = address.details();
            return new AddressRow(address.id(), d.fullName(), d.street(), d.postcode(), d.city(), d.country(), d.phone(),
                    address.defaultShipping(), address.defaultBilling());
        }
    }

    record Counts(long customers, long admins, long locked, long unverified) {
    }

    private static final String COLUMNS = """
            a.id, a.email, a.display_name, a.admin, a.created_at, a.email_verified_at, a.locked_at, a.marketing_opt_in""";

    List<UserRow> search(Query query, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from users.account a where " + query.where()
                        + " order by a.created_at desc, a.id desc limit :limit offset :offset")
                .params(query.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(UserDirectory::row)
                .list();
    }

    long count(Query query) {
        return jdbc.sql("select count(*) from users.account a where " + query.where())
                .params(query.params()).query(Long.class).single();
    }

    Optional<UserRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from users.account a where a.id = ?").param(id)
                .query(UserDirectory::row).optional();
    }

    /** The account's addresses, read from its address book, defaults first. */
    List<AddressRow> addresses(long accountId) {
        return addressBook.of(accountId).stream().map(AddressRow::of).toList();
    }

    Counts counts() {
        return jdbc.sql("""
                        select count(*) filter (where not admin), count(*) filter (where admin),
                               count(*) filter (where locked_at is not null), count(*) filter (where email_verified_at is null)
                        from users.account""")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private static UserRow row(ResultSet rs, int n) throws SQLException {
        return new UserRow(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"), rs.getBoolean("admin"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("email_verified_at")),
                instant(rs.getTimestamp("locked_at")), rs.getBoolean("marketing_opt_in"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
