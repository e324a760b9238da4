package testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: a fresh Chromium context (cookies, storage) per test against the shop on its random
 * port, 1280 × 900 unless a test says otherwise. Subclasses carry {@link ShopIntegrationTest}.
 */
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected BrowserContext browser;
    protected Page page;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setViewportSize(1280, 900));
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Signs in through the login form as the shop's admin and lands on the home page. */
    protected void signInAsAdmin() {
        page.navigate("/login");
        page.getByLabel("Email").fill(TestAccounts.ADMIN_EMAIL);
        page.getByLabel("Password").fill(TestAccounts.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/$"));
    }
}
