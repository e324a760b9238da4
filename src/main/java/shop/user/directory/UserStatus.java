package shop.user.directory;

/** The filters of the admin's account list; named by {@code user.admin.status.<name in lower case>}. */
enum UserStatus {

    /** Confirmed email, not locked. */
    ACTIVE("a.email_verified_at is not null and a.locked_at is null"),
    /** Email address not confirmed yet. */
    UNVERIFIED("a.email_verified_at is null"),
    LOCKED("a.locked_at is not null"),
    ADMIN("a.admin");

    private final String condition;

    UserStatus(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }
}
