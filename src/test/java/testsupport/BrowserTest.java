package testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * <p>
 * Every test also fails when the browser refused anything because of the shop's Content-Security-Policy
 * (Chromium reports each refusal on the console), so no page may depend on an inline script, style or handler.
 */
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected BrowserContext browser;
    protected Page page;

    /** What the browser refused under the Content-Security-Policy during this test. */
    protected final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setViewportSize(1280, 900));
        browser.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text() + " (from " + message.location() + ")");
            }
        });
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        try {
            assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
        } finally {
            browser.close();
        }
    }

    /** Signs in through the login form as the shop's admin and lands on the home page. */
    protected void signInAsAdmin() {
        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
    }

    /** Signs in through the login form and lands on the home page. */
    protected void signIn(String email, String password) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile("/$"));
    }
}
