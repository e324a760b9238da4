package shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import testsupport.BrowserTest;
import testsupport.Browsers;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;

/** A first visit in a real Chromium: the storefront, signing in, the back office. */
@ShopIntegrationTest
class FirstVisitBrowserTests extends BrowserTest {

    @Test
    void aVisitorSeesTheStorefrontAndTheAdminSignsInToTheBackOffice() {
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Good things, fairly priced");
        assertThat(page.getByRole(AriaRole.SEARCH)).isVisible();
        Browsers.screenshot(page, "home-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        page.getByLabel("Email").fill(TestAccounts.ADMIN_EMAIL);
        page.getByLabel("Password").fill(TestAccounts.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/admin$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Back office");
        Browsers.screenshot(page, "admin-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheSignInPageWithAnExplanation() {
        page.navigate("/login");
        page.getByLabel("Email").fill(TestAccounts.ADMIN_EMAIL);
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match an account");
        Browsers.screenshot(page, "login-error-1280");
    }

    @Test
    void htmxRequestsCarryTheCsrfToken() {
        page.navigate("/");
        Object status = page.evaluate("""
                () => new Promise(resolve => {
                  document.body.addEventListener('htmx:afterRequest', e => {
                    if (e.detail.pathInfo.requestPath === '/logout') resolve(e.detail.xhr.status);
                  });
                  htmx.ajax('POST', '/logout', { target: 'body', swap: 'none' });
                })""");

        assertThat(status).isEqualTo(200);
    }

    @Test
    void pagesFitASmallPhoneWithoutSideways() {
        page.setViewportSize(360, 740);
        for (String path : new String[] {"/", "/login", "/no-such-page"}) {
            page.navigate(path);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
        }
        page.setViewportSize(375, 812);
        page.navigate("/");
        Browsers.screenshot(page, "home-375");
    }

    @Test
    void unknownPagesShowTheNotFoundPageInTheLayout() {
        var response = page.navigate("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("We can't find that page");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the home page")).click();
        assertThat(page).hasURL(Pattern.compile("/$"));
    }
}
