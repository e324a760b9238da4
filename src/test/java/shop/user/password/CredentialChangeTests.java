package shop.user.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import shop.user.Accounts;
import shop.user.Visitor;
import shop.user.registration.Customers;
import testsupport.Forms;
import testsupport.ShopIntegrationTest;

/** A signed-in customer changes their password or address: the current password first, the policy, the links. */
@ShopIntegrationTest
class CredentialChangeTests {

    static final String NEW_PASSWORD = "seven amber lanterns drifting";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext context;

    Visitor visitor;
    String email;
    Cookie session;

    @BeforeEach
    void signedInCustomer() {
        visitor = new Visitor(mvc, jdbc);
        email = Customers.uniqueEmail("changer");
        Customers.confirmed(context, email, "Ada Changer");
        session = visitor.signIn(email, Customers.PASSWORD).getResponse().getCookie("SESSION");
    }

    @Test
    void bothPagesNeedASignedInCustomer() {
        for (String path : new String[] {"/account/password", "/account/email"}) {
            assertThat(mvc.get().uri(path)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
            assertThat(mvc.get().uri(path).cookie(session)).hasStatusOk().bodyText().contains("href=\"/account\"");
        }
        var csrf = Forms.csrfFrom(mvc, "/login");
        assertThat(mvc.post().uri("/account/password").cookie(csrf.cookie()).param("_csrf", csrf.token())
                .param("currentPassword", Customers.PASSWORD).param("password", NEW_PASSWORD)
                .param("passwordConfirmation", NEW_PASSWORD)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() {
        Cookie otherDevice = Forms.signIn(mvc, email, Customers.PASSWORD);

        var result = visitor.post("/account/password", List.of(session), "currentPassword", Customers.PASSWORD,
                "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD);

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/password");
        assertThat(mvc.get().uri("/account/password").cookie(session)).bodyText()
                .contains("Your password has been changed. You were signed out on your other devices.");
        assertThat(mvc.get().uri("/account/password").cookie(otherDevice)).hasStatus(HttpStatus.FOUND);
        assertThat(Forms.signIn(mvc, email, NEW_PASSWORD)).isNotNull();
        assertThat(visitor.mails(email, "password-changed", 1).getFirst()).contains("by someone signed in to it");
    }

    @Test
    void theCurrentPasswordMustBeRightAndGuessingItIsThrottled() {
        for (int i = 0; i < 5; i++) {
            assertThat(visitor.post("/account/password", List.of(session), "currentPassword", "a guess " + i,
                    "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD))
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("That is not your current password.");
        }
        assertThat(visitor.post("/account/password", List.of(session), "currentPassword", Customers.PASSWORD,
                "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .containsPattern("Too many attempts\\. Try again in \\d+ minutes?\\.");
        assertThat(accounts.findByEmail(email).orElseThrow().passwordHash())
                .satisfies(hash -> assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                        .matches(Customers.PASSWORD, hash.substring("{bcrypt}".length()))).isTrue());
    }

    @Test
    void theNewPasswordFollowsThePolicy() {
        for (String[] attempt : new String[][] {{"", "", "Enter a password."}, {"short", "short", "at least 12"},
                {"iloveyou1234", "iloveyou1234", "most common"}, {"ada changer", "ada changer", "at least 12"},
                {"AdaChanger", "AdaChanger", "at least 12"}, {email, email, "must not be your email"},
                {NEW_PASSWORD, "", "Type the new password again"}}) {
            assertThat(visitor.post("/account/password", List.of(session), "currentPassword", Customers.PASSWORD,
                    "password", attempt[0], "passwordConfirmation", attempt[1]))
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains(attempt[2]);
        }
        assertThat(visitor.post("/account/password", List.of(session), "currentPassword", "",
                "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("Enter your current password.");
        assertThat(Forms.signIn(mvc, email, Customers.PASSWORD)).isNotNull();
    }

    @Test
    void theAddressChangesOnlyWhenTheLinkSentToTheNewOneIsOpened() {
        String newEmail = Customers.uniqueEmail("moved");

        var result = visitor.post("/account/email", List.of(session), "email", newEmail, "currentPassword", Customers.PASSWORD);

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/email");
        assertThat(mvc.get().uri("/account/email").cookie(session)).bodyText().contains("We sent a link to", newEmail);
        assertThat(accounts.findByEmail(email)).isPresent();
        assertThat(visitor.mails(email, "email-change-requested", 1).getFirst()).contains(newEmail, "/password/forgot");
        String link = visitor.linkIn(newEmail, "verify-email", 1);
        assertThat(visitor.mailsOnceHandled(email, "verify-email")).isEmpty();

        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("Your email address has changed", newEmail);

        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(accounts.findByEmail(newEmail).orElseThrow().emailVerified()).isTrue();
        assertThat(mvc.get().uri("/account/email").cookie(session)).hasStatus(HttpStatus.FOUND);
        assertThat(Forms.signIn(mvc, newEmail, Customers.PASSWORD)).isNotNull();
        assertThat(mvc.get().uri(link)).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("This link does not work");
    }

    @Test
    void anAddressOfAnotherAccountGetsTheSameAnswerButNoMailAndCannotBeTaken() {
        String other = Customers.uniqueEmail("other");
        Customers.confirmed(context, other, "Other");

        assertThat(visitor.post("/account/email", List.of(session), "email", other, "currentPassword", Customers.PASSWORD))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/email");
        assertThat(visitor.mailsOnceHandled(other, "verify-email")).isEmpty();

        String later = Customers.uniqueEmail("later");
        visitor.post("/account/email", List.of(session), "email", later, "currentPassword", Customers.PASSWORD);
        String link = visitor.linkIn(later, "verify-email", 1);
        Customers.confirmed(context, later, "Quicker");
        assertThat(mvc.get().uri(link)).hasStatus(HttpStatus.CONFLICT).bodyText().contains("That address is taken");
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void badAddressesAndWrongPasswordsAreRefused() {
        for (String[] attempt : new String[][] {{"not-an-email", Customers.PASSWORD, "Enter an email address like"},
                {"", Customers.PASSWORD, "Enter your email address."}, {email.toUpperCase(), Customers.PASSWORD, "already your"},
                {"x@example.com<script>", Customers.PASSWORD, "Enter an email address like"},
                {Customers.uniqueEmail("wrong"), "not my password", "That is not your current password."},
                {Customers.uniqueEmail("blank"), "", "Enter your current password."}}) {
            assertThat(visitor.post("/account/email", List.of(session), "email", attempt[0], "currentPassword", attempt[1]))
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains(attempt[2]).doesNotContain("<script>");
        }
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void bothFormsNeedTheCsrfToken() {
        assertThat(mvc.post().uri("/account/email").cookie(session).param("email", Customers.uniqueEmail("csrf"))
                .param("currentPassword", Customers.PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/account/password").cookie(session).param("currentPassword", Customers.PASSWORD)
                .param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(Forms.signIn(mvc, email, Customers.PASSWORD)).isNotNull();
    }
}
