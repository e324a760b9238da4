package shop.user.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import testsupport.BrowserTest;
import testsupport.Browsers;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;
import testsupport.TestCustomers;
import testsupport.TestCustomers.Customer;

/** An admin in Chromium finds a customer, locks the account after confirming, and the customer is shut out. */
@ShopIntegrationTest
class UsersAdminBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anAdminLocksACustomerWhoThenCannotSignInWithTheRightPassword() {
        Customer customer = TestCustomers.create(jdbc, encoder);
        signInAsAdmin();

        page.navigate("/admin");
        assertThat(page.locator("section.panel").filter(new Locator.FilterOptions().setHasText("customers"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("locked"))).isVisible();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Back office"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Users")).click();
        assertThat(heading()).hasText("Users");

        page.getByLabel("Email or name contains").fill(customer.email());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(page).hasURL(Pattern.compile("q=customer-"));
        assertThat(page.locator("#results [role=status]")).hasText("1 account");
        Browsers.screenshot(page, "admin-users-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(customer.email())).click();
        assertThat(heading()).hasText(customer.email());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lock…")).click();
        assertThat(heading()).hasText("Lock " + customer.email() + "?");
        Browsers.screenshot(page, "admin-user-lock-1280");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Locked " + customer.email())))
                .isVisible();
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Locked the account")))
                .containsText(TestAccounts.ADMIN_EMAIL);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unlock…"))).isVisible();
        Browsers.screenshot(page, "admin-user-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate("/admin/users/audit");
        assertThat(page.locator("table")).containsText(customer.email());

        // the customer, in a browser of their own
        var theirs = Browsers.chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port));
        try {
            Page login = theirs.newPage();
            login.navigate("/login");
            login.getByLabel("Email").fill(customer.email());
            login.getByLabel("Password").fill(customer.password());
            login.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(login).hasURL(Pattern.compile("/login"));
            assertThat(login.getByRole(AriaRole.ALERT)).isVisible();
            assertThat(login.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).hasCount(0);
        } finally {
            theirs.close();
        }
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
