package shop.user.directory;

/** The filters of the admin's account list. */
enum UserStatus {

    /** Confirmed email, not locked. */
    ACTIVE("Active", "a.email_verified_at is not null and a.locked_at is null"),
    /** Email address not confirmed yet. */
    UNVERIFIED("Unverified", "a.email_verified_at is null"),
    LOCKED("Locked", "a.locked_at is not null"),
    ADMIN("Admin", "a.admin");

    private final String label;
    private final String condition;

    UserStatus(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }

    String condition() {
        return condition;
    }
}
