package shop.user.registration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.notification.MailRoom;
import shop.user.Account;
import shop.user.Accounts;
import testsupport.BrowserTest;
import testsupport.Browsers;
import testsupport.Mails;
import testsupport.ShopIntegrationTest;

/**
 * A shopper's account in a real Chromium: registering, confirming the address from the mail, signing in and
 * out, keeping an address; forgetting the password and choosing a new one. The confirmation mail is read as
 * the test SMTP server received it; the reset mail as the notification module recorded it.
 */
@ShopIntegrationTest
class AccountsBrowserTests extends BrowserTest {

    static final Pattern LINK = Pattern.compile("(/account/verify|/password/reset)\\?token=[A-Za-z0-9_.-]+");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Test
    void aShopperRegistersConfirmsTheAddressFromTheMailSignsInAndOut() {
        String email = Customers.uniqueEmail("browser");
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(page).hasURL(Pattern.compile("/register$"));
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Your name").fill("Ada Lovelace");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("password1234");
        page.getByLabel("Type it again").fill("password1234");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.locator("#error-summary")).containsText("one of the most common");
        assertThat(page.getByLabel("Your name")).hasValue("Ada Lovelace");
        Browsers.screenshot(page, "register-error-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("violet kettle under moonlight");
        page.getByLabel("Type it again").fill("violet kettle under moonlight");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Check your inbox");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(email);

        page.navigate(linkInMailReceivedOverSmtp(email, "/account/verify"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Your email address is confirmed");
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in")).click();

        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("violet kettle under moonlight");
        page.getByLabel("Keep me signed in on this device").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account"))).containsText(email);
        assertThat(browser.cookies()).anySatisfy(cookie -> {
            assertThat(cookie.name).isEqualTo("remember-me");
            assertThat(cookie.httpOnly).isTrue();
        });

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(email)).click();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Your account"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Addresses").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an address")).first().click();
        page.getByLabel("Full name").fill("Ada Lovelace");
        page.getByLabel("Street and house number").fill("12 Example Street");
        page.getByLabel("Postcode").fill("10115");
        page.getByLabel("Town or city").fill("Berlin");
        page.getByLabel("Country").selectOption(new SelectOption().setLabel("Germany"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save address")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("It is your default shipping and billing address.");
        assertThat(page.locator(".address-card")).containsText("12 Example Street");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertThat(browser.cookies()).noneMatch(cookie -> cookie.name.equals("remember-me"));
        page.navigate("/account/addresses");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void aShopperWhoForgotThePasswordChoosesANewOneAndSignsInWithIt() {
        String email = Customers.uniqueEmail("forgetful");
        Customers.confirmed(context, email, "Forgetful Fred");
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Check your inbox");

        page.navigate(linkInMail(email, "password-reset"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Choose a new password");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        page.getByLabel("New password").fill("seven amber lanterns drifting");
        page.getByLabel("Type it again").fill("seven amber lanterns drifting");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your password has been changed");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("seven amber lanterns drifting");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account"))).containsText(email);
    }

    @Test
    void theAccountFormsFitASmallPhone() {
        page.setViewportSize(375, 812);
        for (String path : new String[] {"/register", "/login", "/password/forgot"}) {
            page.navigate(path);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
        }
        page.navigate("/register");
        Browsers.screenshot(page, "register-375");
    }

    /** The link to {@code path} in the mails the test SMTP server received for {@code email}. */
    private String linkInMailReceivedOverSmtp(String email, String path) {
        List<String> links = MailRoom.of(context).receivedBy(email).stream()
                .map(Mails::text)
                .map(LINK::matcher)
                .filter(Matcher::find)
                .map(Matcher::group)
                .filter(link -> link.startsWith(path))
                .toList();
        assertThat(links).as("a link to %s in the mails to %s", path, email).hasSize(1);
        return links.getFirst();
    }

    /** The link in the latest mail of {@code template} to {@code email}, as the notification module recorded it. */
    private String linkInMail(String email, String template) {
        List<String> bodies = await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                        "select body_text from notification.message where recipient = ? and template = ? order by id")
                .params(email, template).query(String.class).list(), mails -> !mails.isEmpty());
        Matcher link = LINK.matcher(bodies.getLast());
        assertThat(link.find()).as("a link in %s", bodies.getLast()).isTrue();
        return link.group();
    }
}
