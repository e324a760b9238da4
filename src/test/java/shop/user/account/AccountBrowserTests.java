package shop.user.account;

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
import testsupport.TestCustomers;

/** A customer in Chromium: keeps an address book, finds the default in the checkout's address picker, deletes the account. */
@ShopIntegrationTest
class AccountBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aCustomerAddsAnAddressMakesItTheDefaultAndFindsItInThePicker() {
        var ada = TestCustomers.create(jdbc, passwords, "Ada Lovelace");

        page.navigate("/account");
        submitSignIn(ada.email(), TestCustomers.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/account(\\?continue)?$"));
        assertThat(heading()).hasText("Your account");
        Browsers.screenshot(page, "account-overview-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        accountNav("Addresses").click();
        assertThat(heading()).hasText("Your addresses");
        assertThat(page.getByText("No saved addresses yet")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an address")).first().click();
        assertThat(heading()).hasText("Add an address");

        button("Save address").click();
        assertThat(page.getByRole(AriaRole.ALERT).getByText("There are 4 problems to correct")).isVisible();
        Browsers.screenshot(page, "account-address-errors-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        fillAddress("Ada Lovelace", "12 Example Street", "10115", "Berlin", "Germany");
        page.getByLabel("Phone").fill("+49 30 1234567");
        button("Save address").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("It is your default shipping and billing address.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an address")).click();
        fillAddress("Ada at work", "1 Canal Street", "1012 ab", "Amsterdam", "Netherlands");
        button("Save address").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Added the address for Ada at work.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Use for shipping by default: Ada at work")))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ada at work, 1 Canal Street, 1012 AB Amsterdam, Netherlands is now your default shipping address.");
        assertThat(page.locator(".address-card").first()).containsText("Default shipping");
        assertThat(page.locator(".address-card").first()).containsText("Ada at work");
        Browsers.screenshot(page, "account-addresses-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(375, 800);
        Browsers.screenshot(page, "account-addresses-375");
        page.setViewportSize(1280, 900);

        // a checkout page embeds the picker the way the README describes
        page.evaluate("""
                () => {
                  const host = document.createElement('div');
                  host.id = 'checkout-address';
                  host.setAttribute('hx-get', '/account/addresses/picker?name=shippingAddressId');
                  host.setAttribute('hx-trigger', 'load');
                  host.dataset.fallback = 'Your addresses are unavailable right now.';
                  document.querySelector('main').append(host);
                  htmx.process(host);
                }""");
        Locator picker = page.locator("#checkout-address");
        assertThat(picker.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^Ada at work"))))
                .isChecked();
        assertThat(picker.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^Ada Lovelace"))))
                .not().isChecked();
        assertThat(picker.locator("input[name='shippingAddressId']")).hasCount(2);
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        button("Sign out").click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        page.navigate("/account/addresses");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void aCustomerDeletesTheirAccount() {
        var grace = TestCustomers.create(jdbc, passwords, "Grace Hopper");
        page.navigate("/login");
        submitSignIn(grace.email(), TestCustomers.PASSWORD);
        page.navigate("/account");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete my account…")).click();
        assertThat(heading()).hasText("Delete your account?");
        page.getByLabel("Your current password").fill("not my password");
        button("Delete my account").click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("That is not your current password.");
        Browsers.screenshot(page, "account-delete-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Your current password").fill(TestCustomers.PASSWORD);
        button("Delete my account").click();
        assertThat(heading()).hasText("Your account is deleted");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate("/login");
        submitSignIn(grace.email(), TestCustomers.PASSWORD);
        assertThat(page.getByText("That email and password do not match an account.")).isVisible();
    }

    private void submitSignIn(String email, String password) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        button("Sign in").click();
    }

    private void fillAddress(String name, String street, String postcode, String city, String country) {
        page.getByLabel("Full name").fill(name);
        page.getByLabel("Street and house number").fill(street);
        page.getByLabel("Postcode").fill(postcode);
        page.getByLabel("Town or city").fill(city);
        page.getByLabel("Country").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(country));
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator accountNav(String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Your account"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
