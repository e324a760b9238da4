package shop.user;

import java.util.Arrays;
import java.util.Optional;

/** What an audit entry records, with the code kept in {@code users.audit_entry.action}. */
public enum AuditAction {

    ACCOUNT_LOCKED("account-locked", "Locked the account"),
    ACCOUNT_UNLOCKED("account-unlocked", "Unlocked the account"),
    ADMIN_GRANTED("admin-granted", "Made the account an admin"),
    ADMIN_REVOKED("admin-revoked", "Removed the admin role"),
    API_KEY_CREATED("api-key-created", "Created an API key"),
    API_KEY_REVOKED("api-key-revoked", "Revoked an API key");

    private final String code;
    private final String label;

    AuditAction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static Optional<AuditAction> fromCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
