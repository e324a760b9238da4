package shop.user.apikeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import testsupport.BrowserTest;
import testsupport.Browsers;
import testsupport.ShopIntegrationTest;
import testsupport.TestCustomers;
import testsupport.TestCustomers.Customer;

/** A customer creates an API key in Chromium, uses it, and revokes it; a developer reads the API in Swagger UI. */
@ShopIntegrationTest
class ApiKeysBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aCustomerCreatesAKeyUsesItAndRevokesIt() {
        Customer customer = TestCustomers.create(jdbc, encoder);
        signIn(customer.email(), customer.password());

        page.navigate("/account/api-keys");
        assertThat(heading()).hasText("API keys");
        assertThat(page.getByText("You have no API keys.")).isVisible();
        assertThat(page.getByLabel("Name")).isVisible();
        page.getByLabel("Name").fill("Price watcher");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^customer"))).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create key")).click();

        assertThat(heading()).hasText("Your new key “Price watcher”");
        Locator field = page.getByLabel("API key");
        String key = field.inputValue();
        assertThat(key).matches("shop_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        Locator copy = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy"));
        assertThat(copy).isVisible();
        copy.click();
        assertThat(page.locator("#copy-status")).not().isEmpty();
        Browsers.screenshot(page, "account-api-key-created-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        var profile = page.request().get("/api/v1/account", RequestOptions.create().setHeader("X-API-Key", key));
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.text()).contains(customer.email());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Done")).click();
        assertThat(page.locator("table")).containsText("Price watcher");
        assertThat(page.content()).doesNotContain(key);
        Browsers.screenshot(page, "account-api-keys-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revoke Price watcher")).click();
        assertThat(heading()).hasText("Revoke “Price watcher”?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Revoked “Price watcher”")))
                .isVisible();

        var refused = page.request().get("/api/v1/account", RequestOptions.create().setHeader("X-API-Key", key));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.headers()).containsEntry("content-type", "application/problem+json");
    }

    @Test
    void aDeveloperReadsTheApiInSwaggerUiUnderItsOwnPolicy() {
        page.navigate("/swagger-ui.html");

        assertThat(page.getByText("Shop API").first()).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Authorize"))).isVisible();
        assertThat(page.getByText("/api/v1/account").first()).isVisible();
        Browsers.screenshot(page, "swagger-ui-1280");
        assertThat(policyViolations).as("Swagger UI needs nothing beyond its own policy").isEmpty();
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
