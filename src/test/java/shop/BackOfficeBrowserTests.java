package shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import testsupport.BrowserTest;
import testsupport.Browsers;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;

/** The admin's back office in a real Chromium: the dashboard's panels and the notifications. */
@ShopIntegrationTest
class BackOfficeBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        signInAsAdmin();
    }

    @Test
    void theAdminReadsTheWelcomeMailTheShopWouldHaveSent() {
        page.navigate("/admin");
        assertThat(page.getByText("waiting to be sent")).isVisible();
        Browsers.screenshot(page, "admin-dashboard-1280");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Back office"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Notifications")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Notifications");

        page.getByLabel("Recipient contains").fill(TestAccounts.ADMIN_EMAIL);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(page).hasURL(Pattern.compile("recipient=admin%40shop.local"));
        Browsers.screenshot(page, "admin-notifications-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Welcome to Shop, Administrator")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome to Shop, Administrator");
        assertThat(page.frameLocator("iframe.mail-preview").getByText("Hello Administrator,")).isVisible();
        assertThat(page.locator("pre.mail-text")).containsText("sign in with admin@shop.local");
        Browsers.screenshot(page, "admin-notification-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        long welcomesBefore = welcomeMailsToTheAdmin();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send again")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Queued to be sent again"))).isVisible();
        // this test's own doing: one more copy, whatever other tests sent the admin before
        assertThat(welcomeMailsToTheAdmin()).isEqualTo(welcomesBefore + 1);
    }

    @Test
    void aFailingPanelShowsItsFallbackAndTheDashboardStillWorks() {
        page.route("**/admin/notifications/panel", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(503).setBody("unavailable")));

        page.navigate("/admin");

        assertThat(page.getByText("Notifications are taking a break.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Back office");
    }

    private long welcomeMailsToTheAdmin() {
        return jdbc.sql("select count(*) from notification.message where recipient = ? and template = 'welcome'")
                .param(TestAccounts.ADMIN_EMAIL).query(Long.class).single();
    }
}
