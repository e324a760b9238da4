package shop.user.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import shop.user.Account;
import shop.user.Accounts;
import shop.user.LinkTokens;
import shop.user.Visitor;
import shop.user.registration.Customers;
import testsupport.Forms;
import testsupport.ShopIntegrationTest;

/** "Forgot your password?": the same answer for every address, a link that works once and in time. */
@ShopIntegrationTest
class PasswordResetTests {

    static final String NEW_PASSWORD = "seven amber lanterns drifting";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    LinkTokens tokens;

    Visitor visitor;

    @BeforeEach
    void newVisitor() {
        visitor = new Visitor(mvc, jdbc);
    }

    @Test
    void everyAddressGetsTheSameAnswerButOnlyAnAccountGetsALink() {
        String known = Customers.uniqueEmail("forgot");
        Customers.confirmed(context, known, "Forgetful");
        String locked = Customers.uniqueEmail("forgot-locked");
        Account lockedAccount = Customers.confirmed(context, locked, "Locked");
        jdbc.sql("update users.account set locked_at = now() where id = ?").param(lockedAccount.id()).update();
        String unknown = Customers.uniqueEmail("forgot-unknown");

        String answer = null;
        for (String email : new String[] {known, locked, unknown}) {
            MvcTestResult result = visitor.post("/password/forgot", "email", email);
            assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/password/forgot/sent");
            String page = Visitor.body(visitor.follow(result)).replace(email, "EMAIL").replaceAll("(value|content)=\"[^\"]*\"", "");
            assertThat(answer == null || answer.equals(page)).as("same page for %s", email).isTrue();
            answer = page;
        }
        assertThat(answer).contains("If <strong>EMAIL</strong> belongs to an account");
        assertThat(visitor.mails(known, "password-reset", 1).getFirst())
                .contains("Hello Forgetful,", "/password/reset?token=", "The link works once, until");
        assertThat(visitor.mailsOnceHandled(locked, "password-reset")).isEmpty();
        assertThat(visitor.mailsOnceHandled(unknown, "password-reset")).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsEverySession() {
        String email = Customers.uniqueEmail("reset");
        Customers.confirmed(context, email, "Reset");
        Cookie otherDevice = Forms.signIn(mvc, email, Customers.PASSWORD);
        Cookie remembered = new Visitor(mvc, jdbc).signIn(email, Customers.PASSWORD, "remember-me", "on")
                .getResponse().getCookie("remember-me");
        visitor.post("/password/forgot", "email", email);
        String link = visitor.linkIn(email, "password-reset", 1);
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText()
                .contains("<h1>Choose a new password</h1>", "name=\"token\"", "autocomplete=\"new-password\"");
        var reset = visitor.post("/password/reset", "token", token, "password", NEW_PASSWORD,
                "passwordConfirmation", NEW_PASSWORD);

        assertThat(reset).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login");
        assertThat(visitor.follow(reset)).bodyText().contains("Your password has been changed. Sign in with the new one.");
        assertThat(mvc.get().uri("/account/password").cookie(otherDevice)).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/account/password").cookie(remembered)).hasStatus(HttpStatus.FOUND);
        assertThat(new Visitor(mvc, jdbc).signIn(email, Customers.PASSWORD)).redirectedUrl().isEqualTo("/login?error");
        assertThat(Forms.signIn(mvc, email, NEW_PASSWORD)).isNotNull();
        assertThat(visitor.mails(email, "password-changed", 1).getFirst()).contains("with a reset link");

        assertThat(mvc.get().uri(link)).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("This link does not work");
        assertThat(visitor.post("/password/reset", "token", token, "password", "yet another fine passphrase",
                "passwordConfirmation", "yet another fine passphrase"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Your password was not changed");
        assertThat(Forms.signIn(mvc, email, NEW_PASSWORD)).isNotNull();
    }

    @Test
    void aResetConfirmsAnAddressThatWasWaiting() {
        String email = Customers.uniqueEmail("reset-unconfirmed");
        Account account = Customers.unconfirmed(context, email, "Waiting");
        String token = tokens.issue(LinkTokens.Purpose.RESET_PASSWORD, account, email, Instant.now().plusSeconds(600));

        visitor.post("/password/reset", "token", token, "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD);

        assertThat(accounts.findById(account.id()).orElseThrow().emailVerified()).isTrue();
        assertThat(Forms.signIn(mvc, email, NEW_PASSWORD)).isNotNull();
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheLinkStaysGood() {
        String email = Customers.uniqueEmail("reset-weak");
        Account account = Customers.confirmed(context, email, "Weak Choice");
        String token = tokens.issue(LinkTokens.Purpose.RESET_PASSWORD, account, email, Instant.now().plusSeconds(600));

        for (String[] attempt : new String[][] {{"short", "short", "at least 12"}, {"password1234", "password1234", "most common"},
                {email, email, "must not be your email"}, {NEW_PASSWORD, NEW_PASSWORD + "!", "not the same"},
                {"WeakChoice", "WeakChoice", "at least 12"}, {"<script>alert(1)</script>", "", "Type the new password again"}}) {
            assertThat(visitor.post("/password/reset", "token", token, "password", attempt[0], "passwordConfirmation", attempt[1]))
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains(attempt[2], "value=\"" + token + "\"")
                    .doesNotContain("<script>alert");
        }
        assertThat(Forms.signIn(mvc, email, Customers.PASSWORD)).isNotNull();
        assertThat(mvc.get().uri("/password/reset").param("token", token)).hasStatusOk();
    }

    @Test
    void expiredAlteredAndMissingLinksChangeNothing() {
        String email = Customers.uniqueEmail("reset-bad");
        Account account = Customers.confirmed(context, email, "Bad Links");
        String expired = tokens.issue(LinkTokens.Purpose.RESET_PASSWORD, account, email, Instant.now().minusSeconds(1));
        String good = tokens.issue(LinkTokens.Purpose.RESET_PASSWORD, account, email, Instant.now().plusSeconds(600));
        String confirmation = tokens.issue(LinkTokens.Purpose.VERIFY_EMAIL, account, email, Instant.now().plusSeconds(600));

        assertThat(mvc.get().uri("/password/reset").param("token", expired)).hasStatus(HttpStatus.GONE).bodyText()
                .contains("This link has expired", "Ask for a new link");
        assertThat(visitor.post("/password/reset", "token", expired, "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD))
                .hasStatus(HttpStatus.GONE);
        String flipped = good.substring(0, good.indexOf('.') + 1) + (good.charAt(good.indexOf('.') + 1) == 'A' ? 'B' : 'A')
                + good.substring(good.indexOf('.') + 2);
        for (String bad : new String[] {flipped, confirmation,
                "", "' OR 1=1 --", good + good}) {
            assertThat(visitor.post("/password/reset", "token", bad, "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD))
                    .as(bad).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("This link does not work");
        }
        assertThat(mvc.get().uri("/password/reset")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Forms.signIn(mvc, email, Customers.PASSWORD)).isNotNull();
    }

    @Test
    void bothFormsNeedTheCsrfToken() {
        String email = Customers.uniqueEmail("reset-csrf");
        Account account = Customers.confirmed(context, email, "Csrf");
        String token = tokens.issue(LinkTokens.Purpose.RESET_PASSWORD, account, email, Instant.now().plusSeconds(600));

        assertThat(mvc.post().uri("/password/forgot").param("email", email)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/password/reset").param("token", token).param("password", NEW_PASSWORD)
                .param("passwordConfirmation", NEW_PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(Forms.signIn(mvc, email, Customers.PASSWORD)).isNotNull();
    }

    @Test
    void invalidAddressesAreRefusedWithAMessage() {
        assertThat(visitor.post("/password/forgot", "email", "a".repeat(300)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("id=\"email-error\"");
        assertThat(visitor.post("/password/forgot", "email", ""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("Enter your email address.");
    }

    @Test
    void oneClientAddressAsksOnlySoOftenAndOneInboxGetsAtMostThreeLinksAnHour() {
        String email = Customers.uniqueEmail("reset-flood");
        Customers.confirmed(context, email, "Flooded");

        for (int i = 0; i < 10; i++) {
            assertThat(visitor.post("/password/forgot", "email", email)).hasStatus(HttpStatus.FOUND);
        }
        assertThat(visitor.post("/password/forgot", "email", email)).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
                .bodyText().containsPattern("Too many requests from your network\\. Try again in \\d+ minutes?\\.");

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> visitor.mailsNow(email, "password-reset").size() == 3);
    }
}
