package testsupport;

/** Accounts the test application starts with. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@shop.local";
    public static final String ADMIN_PASSWORD = "test-admin-password-7f3c";

    private TestAccounts() {
    }
}
