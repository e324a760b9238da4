package shop.user.directory;

import java.util.Arrays;
import java.util.Optional;

/** What an admin can do to an account from the back office, each after a confirmation; named by {@code user.admin.change.<slug>}. */
enum AccountChange {

    LOCK("lock"),
    UNLOCK("unlock"),
    GRANT_ADMIN("grant-admin"),
    REVOKE_ADMIN("revoke-admin");

    private final String slug;

    AccountChange(String slug) {
        this.slug = slug;
    }

    /** The change's part of its address: {@code /admin/users/{id}/lock}. */
    public String slug() {
        return slug;
    }

    static Optional<AccountChange> fromSlug(String slug) {
        return Arrays.stream(values()).filter(change -> change.slug.equals(slug)).findFirst();
    }
}
