package shop.user.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import shop.user.Account;
import shop.user.Accounts;
import shop.user.Visitor;
import shop.user.events.CustomerSignedIn;
import shop.user.registration.Customers;
import testsupport.Forms;
import testsupport.ShopIntegrationTest;

/**
 * Signing in and out: the same answer for unknown addresses and wrong passwords, account status only after
 * the right password, throttling, a new session id, remember-me and the sign-in event.
 */
@ShopIntegrationTest
@RecordApplicationEvents
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    Visitor visitor;

    @BeforeEach
    void newVisitor() {
        visitor = new Visitor(mvc, jdbc);
    }

    @Test
    void anUnknownAddressAndAWrongPasswordGetTheSameAnswer() {
        String known = Customers.uniqueEmail("known");
        Customers.confirmed(context, known, "Known");
        String unknown = Customers.uniqueEmail("unknown");

        MvcTestResult wrongPassword = visitor.signIn(known, "not the right password");
        MvcTestResult noAccount = visitor.signIn(unknown, "not the right password");

        assertThat(wrongPassword).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
        assertThat(noAccount).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
        assertThat(page(visitor.follow(wrongPassword), known)).isEqualTo(page(visitor.follow(noAccount), unknown))
                .contains("That email and password do not match an account");
    }

    @Test
    void lockedAndUnconfirmedAccountsAreOnlyNamedAfterTheRightPassword() {
        String locked = Customers.uniqueEmail("frozen");
        Account account = Customers.confirmed(context, locked, "Locked");
        jdbc.sql("update users.account set locked_at = now() where id = ?").param(account.id()).update();
        String unconfirmed = Customers.uniqueEmail("pending");
        Customers.unconfirmed(context, unconfirmed, "Unconfirmed");

        for (String email : new String[] {locked, unconfirmed}) {
            assertThat(visitor.follow(visitor.signIn(email, "a wrong password here"))).bodyText()
                    .contains("That email and password do not match an account")
                    .doesNotContain("locked", "confirm your email");
        }
        assertThat(visitor.follow(visitor.signIn(locked, Customers.PASSWORD))).bodyText()
                .contains("This account is locked. Please contact us").doesNotContain("do not match");
        assertThat(visitor.follow(visitor.signIn(unconfirmed, Customers.PASSWORD))).bodyText()
                .contains("Please confirm your email address first").doesNotContain("do not match");
        assertThat(events.stream(CustomerSignedIn.class)).isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhileEvenWithTheRightOne() {
        String email = Customers.uniqueEmail("guessed");
        Customers.confirmed(context, email, "Guessed");

        for (int i = 0; i < 5; i++) {
            assertThat(visitor.follow(new Visitor(mvc, jdbc).signIn(email, "guess number " + i))).bodyText()
                    .contains("do not match");
        }
        var right = new Visitor(mvc, jdbc).signIn(email, Customers.PASSWORD);

        assertThat(right).redirectedUrl().isEqualTo("/login?error");
        assertThat(visitor.follow(right)).bodyText()
                .containsPattern("Too many attempts\\. Try again in \\d+ minutes?\\.").doesNotContain("do not match");
    }

    @Test
    void anUnknownAddressIsThrottledWithTheSameMessage() {
        String email = Customers.uniqueEmail("nobody");
        for (int i = 0; i < 5; i++) {
            new Visitor(mvc, jdbc).signIn(email, "guess number " + i);
        }
        assertThat(visitor.follow(visitor.signIn(email, "guess number 6"))).bodyText()
                .containsPattern("Too many attempts\\. Try again in \\d+ minutes?\\.");
    }

    @Test
    void oneClientAddressTryingManyAccountsIsThrottledToo() {
        for (int i = 0; i < 20; i++) {
            visitor.signIn(Customers.uniqueEmail("spray"), "summer2024summer");
        }
        String email = Customers.uniqueEmail("sprayed");
        Customers.confirmed(context, email, "Sprayed");

        assertThat(visitor.follow(visitor.signIn(email, Customers.PASSWORD))).bodyText()
                .containsPattern("Too many attempts\\. Try again in \\d+ minutes?\\.");
        assertThat(new Visitor(mvc, jdbc).signIn(email, Customers.PASSWORD)).redirectedUrl().isEqualTo("/");
    }

    @Test
    void hostileInputIsAWrongPasswordLikeAnyOther() {
        for (String[] attempt : new String[][] {{"' OR '1'='1' --", "' OR '1'='1' --"},
                {"<script>alert(1)</script>", "x"}, {"a".repeat(5000) + "@example.com", "x"},
                {Customers.uniqueEmail("long"), "p".repeat(100_000)}, {"\u202Eadmin@shop.local", "x"}}) {
            var result = new Visitor(mvc, jdbc).signIn(attempt[0], attempt[1]);
            assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
            assertThat(visitor.follow(result)).bodyText().contains("do not match").doesNotContain("<script>alert");
        }
    }

    @Test
    void signingInGivesANewSessionIdAndAnnouncesTheGuestCart() {
        String email = Customers.uniqueEmail("fixation");
        Account account = Customers.confirmed(context, email, "Fixed");
        // a visitor who already has a session, e.g. from being sent to sign in
        Cookie before = mvc.get().uri("/account/password").exchange().getResponse().getCookie("SESSION");
        assertThat(before).as("a session from the saved request").isNotNull();

        var csrf = Forms.csrfFrom(mvc, "/login");
        var result = mvc.post().uri("/login").cookie(before, csrf.cookie(), new Cookie("SHOP_CART", "guest-cart-42"))
                .param("_csrf", csrf.token()).param("username", email).param("password", Customers.PASSWORD).exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/account/password?continue");
        Cookie after = result.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(mvc.get().uri("/account/password").cookie(before)).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/account/password").cookie(after)).hasStatusOk();
        assertThat(events.stream(CustomerSignedIn.class)).singleElement().satisfies(signedIn -> {
            assertThat(signedIn.accountId()).isEqualTo(account.id());
            assertThat(signedIn.email()).isEqualTo(email);
            assertThat(signedIn.guestCartReference()).isEqualTo("guest-cart-42");
        });
    }

    @Test
    void aMalformedCartCookieIsIgnored() {
        String email = Customers.uniqueEmail("cart");
        Customers.confirmed(context, email, "Cart");
        var csrf = Forms.csrfFrom(mvc, "/login");

        assertThat(mvc.post().uri("/login").cookie(csrf.cookie(), new Cookie("SHOP_CART", "x".repeat(65)))
                .param("_csrf", csrf.token()).param("username", email).param("password", Customers.PASSWORD))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
        assertThat(events.stream(CustomerSignedIn.class)).singleElement()
                .satisfies(signedIn -> assertThat(signedIn.guestCartReference()).isNull());
    }

    @Test
    void rememberMeKeepsTheCustomerSignedInAfterTheSessionIsGone() {
        String email = Customers.uniqueEmail("remember");
        Customers.confirmed(context, email, "Remembered");

        var result = visitor.signIn(email, Customers.PASSWORD, "remember-me", "on");
        Cookie remember = result.getResponse().getCookie("remember-me");
        assertThat(remember).isNotNull();
        assertThat(remember.isHttpOnly()).isTrue();
        assertThat(remember.getMaxAge()).isEqualTo(30 * 24 * 3600);
        assertThat(remember.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(remember.getValue()).doesNotContain(email);
        events.clear();

        var page = mvc.get().uri("/account/password").cookie(remember).accept(MediaType.TEXT_HTML).exchange();

        assertThat(page).hasStatusOk().bodyText().contains("Change your password", email);
        assertThat(page.getResponse().getCookie("SESSION")).as("a new session").isNotNull();
        assertThat(events.stream(CustomerSignedIn.class)).hasSize(1);
    }

    @Test
    void aForgedOrStaleRememberMeCookieSignsNobodyIn() {
        String email = Customers.uniqueEmail("forged");
        Account account = Customers.confirmed(context, email, "Forged");
        Cookie remember = visitor.signIn(email, Customers.PASSWORD, "remember-me", "on").getResponse().getCookie("remember-me");
        String decoded = new String(java.util.Base64.getDecoder().decode(remember.getValue()));
        String[] parts = decoded.split(":");
        String longer = java.util.Base64.getEncoder().encodeToString(
                (parts[0] + ":" + (Long.parseLong(parts[1]) + 86_400_000L) + ":" + parts[2] + ":" + parts[3]).getBytes());

        assertThat(mvc.get().uri("/account/password").cookie(new Cookie("remember-me", longer)))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");

        jdbc.sql("update users.account set locked_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now()), account.id()).update();
        assertThat(mvc.get().uri("/account/password").cookie(remember))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    @Test
    void overHttpsTheRememberMeCookieIsSecure() {
        String email = Customers.uniqueEmail("secure");
        Customers.confirmed(context, email, "Secure");
        var csrf = Forms.csrfFrom(mvc, "/login");

        var result = mvc.post().uri("/login").secure(true).cookie(csrf.cookie()).param("_csrf", csrf.token())
                .param("username", email).param("password", Customers.PASSWORD).param("remember-me", "on").exchange();

        assertThat(result.getResponse().getCookie("remember-me").getSecure()).isTrue();
    }

    @Test
    void signingOutNeedsAPostWithTheCsrfTokenAndForgetsTheBrowser() {
        String email = Customers.uniqueEmail("out");
        Customers.confirmed(context, email, "Out");
        var signedIn = visitor.signIn(email, Customers.PASSWORD, "remember-me", "on");
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        Cookie remember = signedIn.getResponse().getCookie("remember-me");

        assertThat(mvc.post().uri("/logout").cookie(session, remember)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/logout").cookie(session, remember).accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/").cookie(session)).bodyText().contains("Sign out");

        var out = visitor.post("/logout", java.util.List.of(session, remember));
        assertThat(out).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
        assertThat(out.getResponse().getCookie("remember-me").getMaxAge()).isZero();
        assertThat(mvc.get().uri("/").cookie(session)).bodyText().doesNotContain("Sign out").contains("Register");
    }

    private static String page(MvcTestResult page, String email) {
        return Visitor.body(page).replace(email, "EMAIL").replaceAll("(value|content)=\"[^\"]*\"", "");
    }
}
