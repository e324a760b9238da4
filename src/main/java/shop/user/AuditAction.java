package shop.user;

/** What an audit entry records, with the code kept in {@code users.audit_entry.action}; named by {@code user.audit.<code>}. */
public enum AuditAction {

    ACCOUNT_LOCKED("account-locked"),
    ACCOUNT_UNLOCKED("account-unlocked"),
    ADMIN_GRANTED("admin-granted"),
    ADMIN_REVOKED("admin-revoked"),
    API_KEY_CREATED("api-key-created"),
    API_KEY_REVOKED("api-key-revoked");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
