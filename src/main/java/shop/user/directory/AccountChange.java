package shop.user.directory;

import java.util.Arrays;
import java.util.Optional;

/** What an admin can do to an account from the back office, each after a confirmation. */
enum AccountChange {

    LOCK("lock", "Lock"),
    UNLOCK("unlock", "Unlock"),
    GRANT_ADMIN("grant-admin", "Make admin"),
    REVOKE_ADMIN("revoke-admin", "Remove admin role");

    private final String slug;
    private final String label;

    AccountChange(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The change's part of its address: {@code /admin/users/{id}/lock}. */
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    static Optional<AccountChange> fromSlug(String slug) {
        return Arrays.stream(values()).filter(change -> change.slug.equals(slug)).findFirst();
    }
}
