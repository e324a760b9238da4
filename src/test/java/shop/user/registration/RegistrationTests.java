package shop.user.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import shop.user.Account;
import shop.user.Accounts;
import shop.user.Visitor;
import testsupport.Forms;
import testsupport.ShopIntegrationTest;

/** {@code /register}: the policy, hostile input, and the same answer whether or not the address has an account. */
@ShopIntegrationTest
class RegistrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext context;

    Visitor visitor;

    @BeforeEach
    void newVisitor() {
        visitor = new Visitor(mvc, jdbc);
    }

    @Test
    void theFormHasLabelledFieldsAndTheHeaderOffersIt() {
        assertThat(mvc.get().uri("/register")).hasStatusOk().bodyText()
                .contains("<h1>Create an account</h1>", "<label for=\"name\">", "<label for=\"email\">",
                        "<label for=\"password\">", "<label for=\"passwordConfirmation\">", "name=\"_csrf\"",
                        "autocomplete=\"new-password\"");
        assertThat(mvc.get().uri("/")).bodyText().contains("href=\"/register\"", "href=\"/login\"");
    }

    @Test
    void aNewCustomerGetsAnUnconfirmedAccountAndAConfirmationLink() {
        String email = Customers.uniqueEmail("new");

        var result = visitor.register("Ada Lovelace", "  " + email.toUpperCase() + " ", "violet kettle under moonlight");

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/register/check-inbox");
        assertThat(visitor.follow(result)).hasStatusOk().bodyText()
                .contains("<h1>Check your inbox</h1>", email.toUpperCase());
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Ada Lovelace");
        assertThat(account.emailVerified()).isFalse();
        assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain("violet");
        assertThat(visitor.linkIn(email, "verify-email", 1)).startsWith("/account/verify?token=");
        assertThat(visitor.mails(email, "welcome", 1)).hasSize(1);
    }

    @Test
    void anExistingAddressGetsTheSameAnswerAndItsOwnerIsTold() {
        String taken = Customers.uniqueEmail("taken");
        Customers.confirmed(context, taken, "Grace Hopper");
        String fresh = Customers.uniqueEmail("fresh");

        var forTaken = visitor.register("Someone Else", taken, "another long passphrase here");
        var forFresh = visitor.register("Someone Else", fresh, "another long passphrase here");

        assertThat(forTaken.getResponse().getStatus()).isEqualTo(forFresh.getResponse().getStatus());
        assertThat(forTaken.getResponse().getRedirectedUrl()).isEqualTo(forFresh.getResponse().getRedirectedUrl());
        assertThat(withoutVolatile(visitor.follow(forTaken), taken))
                .isEqualTo(withoutVolatile(visitor.follow(forFresh), fresh));
        assertThat(visitor.mails(taken, "account-exists", 1).getFirst())
                .contains("Hello Grace Hopper,", "already have one", "/password/forgot");
        assertThat(accounts.findByEmail(taken).orElseThrow().displayName()).isEqualTo("Grace Hopper");
        assertThat(visitor.mailsOnceHandled(taken, "verify-email")).isEmpty();
    }

    @Test
    void registeringAgainBeforeConfirmingSendsANewLinkToTheSameAccount() {
        String email = Customers.uniqueEmail("again");
        visitor.register("Ada", email, "violet kettle under moonlight");
        visitor.mails(email, "verify-email", 1);

        assertThat(visitor.register("Ada Again", email, "a different passphrase now"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/register/check-inbox");

        assertThat(visitor.mails(email, "verify-email", 2)).hasSize(2);
        assertThat(accounts.findAll()).filteredOn(a -> a.email().equals(email)).singleElement()
                .extracting(Account::displayName).isEqualTo("Ada");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''| Enter your name.",
            "<script>alert(1)</script>| Use letters, spaces, hyphens",
            "Robert'); DROP TABLE users.account;--| Use letters, spaces, hyphens",
            "Ada\u200BLovelace| Use letters, spaces, hyphens",
            "Ada \u202Eecalevol| Use letters, spaces, hyphens",
            "Ada\u0000Lovelace| Use letters, spaces, hyphens",
            "P\u0430ypal Support| mixes letters of different alphabets",
            "\u0410dmin| mixes letters of different alphabets",
            "1234| Use letters, spaces, hyphens"})
    void hostileOrEmptyNamesAreRefusedWithAMessage(String name, String message) {
        assertRefused("name", name, Customers.uniqueEmail("name"), "violet kettle under moonlight", message.strip());
    }

    @Test
    void anOverlongNameIsRefused() {
        assertRefused("name", "A".repeat(101), Customers.uniqueEmail("long"), "violet kettle under moonlight",
                "Use at most 100 characters for your name.");
    }

    @Test
    void namesInOtherAlphabetsAreWelcome() {
        String email = Customers.uniqueEmail("intl");
        assertThat(visitor.register("Анна Каренина-O'Brien, Jr.", email, "violet kettle under moonlight"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Анна Каренина-O'Brien, Jr.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-an-email", "ada@@example.com", "ada@example", "<script>@example.com",
            "ada@example.com' OR '1'='1", "ada@ex\u0430mple.com", "ad\u200Ba@example.com", "ada@example.com\r\nBcc: x@example.com",
            "Ada <ada@example.com>", ".ada@example.com", "ada..lovelace@example.com"})
    void invalidEmailAddressesAreRefused(String email) {
        var result = visitor.register("Ada", email, "violet kettle under moonlight");

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("id=\"email-error\"", "aria-invalid=\"true\"", "href=\"#email\"");
        assertThat(accounts.findByEmail(Account.normalizeEmail(email))).isEmpty();
    }

    @Test
    void anOverlongEmailAddressIsRefused() {
        assertRefused("email", "Ada", "a".repeat(250) + "@example.com", "violet kettle under moonlight",
                "Use at most 254 characters for your email address.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "short| Use at least 12 characters",
            "''| Enter a password.",
            "password1234| one of the most common",
            "PassWordPassWord| one of the most common",
            "qwertyuiop123| one of the most common",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm| Use at most 64 characters",
            "ééééééééééééééééééééééééééééééééééééééé| Use at most 64 characters",
            "Ada Lovelace Byron| must not be your email address or your name"})
    void weakPasswordsAreRefused(String password, String message) {
        String email = Customers.uniqueEmail("weak");
        var result = visitor.post("/register", "name", "Ada Lovelace Byron", "email", email, "password", password,
                "passwordConfirmation", password);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("id=\"password-error\"", message.strip())
                .doesNotContainPattern("name=\"password(Confirmation)?\"[^>]*value=");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void theEmailAddressItselfIsNoPassword() {
        String email = Customers.uniqueEmail("self");
        assertRefused("password", "Ada", email, email.toUpperCase(), "must not be your email address or your name");
    }

    @Test
    void aMistypedConfirmationIsRefusedAndTheFormKeepsNameAndEmail() {
        String email = Customers.uniqueEmail("mismatch");
        var result = visitor.post("/register", "name", "Ada", "email", email, "password", "violet kettle under moonlight",
                "passwordConfirmation", "violet kettle under moonIight");

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("The two passwords are not the same", "id=\"passwordConfirmation-error\"",
                        "value=\"Ada\"", "value=\"" + email + "\"", "There is 1 problem to correct");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void everyProblemIsListedAboveTheFormInFieldOrder() {
        var result = visitor.post("/register", "name", "", "email", "nope", "password", "short", "passwordConfirmation", "");

        String page = Visitor.body(result);
        assertThat(page).contains("There are 3 problems to correct");
        assertThat(page.indexOf("href=\"#name\"")).isLessThan(page.indexOf("href=\"#email\""));
        assertThat(page.indexOf("href=\"#email\"")).isLessThan(page.indexOf("href=\"#password\""));
    }

    @Test
    void registeringNeedsAValidCsrfToken() {
        String email = Customers.uniqueEmail("csrf");
        assertThat(mvc.post().uri("/register").param("name", "Ada").param("email", email)
                .param("password", "violet kettle under moonlight").param("passwordConfirmation", "violet kettle under moonlight"))
                .hasStatus(HttpStatus.FORBIDDEN);
        var csrf = Forms.csrfFrom(mvc, "/register");
        assertThat(mvc.post().uri("/register").cookie(csrf.cookie()).param("_csrf", "forged" + csrf.token())
                .param("name", "Ada").param("email", email)
                .param("password", "violet kettle under moonlight").param("passwordConfirmation", "violet kettle under moonlight"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void oneAddressCanRegisterOnlySoOftenAnHour() {
        for (int i = 0; i < 10; i++) {
            assertThat(visitor.register("Flood", Customers.uniqueEmail("flood"), "violet kettle under moonlight"))
                    .hasStatus(HttpStatus.FOUND);
        }
        String email = Customers.uniqueEmail("flood");

        assertThat(visitor.register("Flood", email, "violet kettle under moonlight"))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS).bodyText()
                .containsPattern("Too many requests from your network\\. Try again in \\d+ minutes?\\.");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void oneInboxGetsAtMostThreeMailsAnHourHoweverOftenSomeoneRegistersWithIt() {
        String email = Customers.uniqueEmail("bombed");
        Customers.confirmed(context, email, "Patient Owner");

        for (int i = 0; i < 5; i++) {
            assertThat(new Visitor(mvc, jdbc).register("Bomber", email, "violet kettle under moonlight"))
                    .hasStatus(HttpStatus.FOUND);
        }

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> visitor.mailsNow(email, "account-exists").size() == 3);
    }

    private void assertRefused(String field, String name, String email, String password, String message) {
        MvcTestResult result = visitor.register(name, email, password);
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("id=\"" + field + "-error\"", message, "href=\"#" + field + "\"")
                .doesNotContain("<script>alert");
        assertThat(accounts.findByEmail(Account.normalizeEmail(email))).isEmpty();
    }

    /** The page without what differs between any two visits (token, address typed). */
    private static String withoutVolatile(MvcTestResult page, String email) {
        return Visitor.body(page).replace(email, "EMAIL").replaceAll("(value|content)=\"[^\"]*\"", "$1=\"\"");
    }
}
