package shop.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import shop.user.SignedInCustomer;
import shop.user.events.MarketingConsentChanged;
import testsupport.Forms;
import testsupport.ShopIntegrationTest;

/**
 * The account overview at /account: only for signed-in people; the display name and the marketing consent
 * are changed there (consent announced with MarketingConsentChanged, which the notification module records);
 * every form needs its CSRF token.
 */
@ShopIntegrationTest
@EnableScenarios
class AccountPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    SignedInCustomer ada;

    @BeforeEach
    void signIn() {
        ada = SignedInCustomer.signUp(mvc, jdbc, passwords, "Ada Lovelace");
    }

    @Test
    void theOverviewShowsProfileAddressesConsentAndPrivacy() {
        assertThat(ada.get("/account")).hasStatusOk().bodyText()
                .contains("<h1>Your account</h1>", "value=\"Ada Lovelace\"", ada.email(), "href=\"/account/email\"",
                        "href=\"/account/password\"", "href=\"/account/api-keys\"", "You have no saved addresses yet",
                        "href=\"/account/addresses/new\"", "Send me offers and news by email", "href=\"/account/data\"",
                        "href=\"/account/delete\"", "aria-label=\"Your account\"", "aria-current=\"page\"")
                .doesNotContain("checked");
    }

    @Test
    void theOverviewSummarisesTheDefaultAddresses() {
        assertThat(ada.post("/account/addresses", "fullName", "Ada Lovelace", "street", "12 Example Street", "postcode", "10115",
                "city", "Berlin", "country", "DE", "phone", "+49 30 1234567")).hasStatus3xxRedirection();

        assertThat(ada.get("/account")).bodyText().contains("You have 1 saved address.",
                "Ada Lovelace, 12 Example Street, 10115 Berlin, Germany", "Manage addresses");
    }

    @Test
    void guestsAreSentToSignInAndBackAfterwards() {
        for (String page : new String[] {"/account", "/account/addresses", "/account/addresses/new", "/account/addresses/1",
                "/account/addresses/1/remove", "/account/data", "/account/delete"}) {
            assertThat(mvc.get().uri(page).accept(MediaType.TEXT_HTML)).as(page)
                    .hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        }
        var visit = mvc.get().uri("/account/addresses").accept(MediaType.TEXT_HTML).exchange();
        var csrf = Forms.csrfFrom(mvc, "/login");
        var signIn = mvc.post().uri("/login").cookie(csrf.cookie(), visit.getResponse().getCookie("SESSION"))
                .param("_csrf", csrf.token()).param("username", ada.email()).param("password", testsupport.TestCustomers.PASSWORD)
                .exchange();
        assertThat(signIn).hasStatus3xxRedirection().redirectedUrl().contains("/account/addresses");
    }

    @Test
    void guestsCannotPostToAnyAccountForm() {
        var csrf = Forms.csrfFrom(mvc, "/login");
        for (String form : new String[] {"/account/profile", "/account/marketing", "/account/addresses", "/account/addresses/1",
                "/account/addresses/1/remove", "/account/addresses/1/default", "/account/delete"}) {
            assertThat(mvc.post().uri(form).cookie(csrf.cookie()).param("_csrf", csrf.token()).param("displayName", "Eve"))
                    .as(form).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
            assertThat(mvc.post().uri(form).param("displayName", "Eve")).as(form).hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aCustomerRenamesThemselves() {
        assertThat(ada.post("/account/profile", "displayName", "  Ada   King  ")).hasStatus3xxRedirection()
                .redirectedUrl().isEqualTo("/account");

        assertThat(displayName()).isEqualTo("Ada King");
        assertThat(ada.get("/account")).bodyText().contains("Saved your name: Ada King.", "value=\"Ada King\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<script>alert(1)</script>", "Ada\u200bKing", "\u202eAda", "Ada\nBcc: eve@example.com",
            "Robert'); DROP TABLE users.account;--", "' OR 1=1 --"})
    void hostileNamesAreRefusedWithAClearMessageAndNothingChanges(String name) {
        assertThat(ada.post("/account/profile", "displayName", name)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("There is 1 problem to correct", "id=\"displayName-error\"", "aria-invalid=\"true\"")
                .containsAnyOf("Enter the name we should greet you with.", "Use letters, digits, spaces and",
                        "Remove the invisible characters")
                .doesNotContain("<script>alert");
        assertThat(displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void anOverlongNameIsRefused() {
        assertThat(ada.post("/account/profile", "displayName", "A".repeat(101))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText().contains("Use at most 100 characters.");
        assertThat(displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void savingTheConsentAnnouncesItAndTheNotificationModuleRecordsIt(Scenario scenario) {
        scenario.stimulate(() -> ada.send(ada.post("/account/marketing", "marketing", "true")))
                .andWaitForEventOfType(MarketingConsentChanged.class)
                .matching(event -> event.accountId() == ada.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.email()).isEqualTo(ada.email());
                    assertThat(event.consented()).isTrue();
                });
        assertThat(optIn()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> preference(), pref -> Boolean.TRUE.equals(pref));
        assertThat(ada.get("/account")).bodyText().contains("checked=\"checked\"", "we will send you offers and news");

        // the checkbox left empty: the browser sends nothing for it
        assertThat(ada.post("/account/marketing")).hasStatus3xxRedirection();
        assertThat(optIn()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> preference(), pref -> Boolean.FALSE.equals(pref));
    }

    @Test
    void savingTheSameChoiceAgainChangesNothing() {
        assertThat(ada.post("/account/marketing")).hasStatus3xxRedirection();

        assertThat(optIn()).isFalse();
        assertThat(jdbc.sql("select marketing_consent_changed_at from users.account where id = ?").param(ada.id())
                .query(java.sql.Timestamp.class).optional()).isEmpty();
    }

    @Test
    void aForgedConsentValueIsABadRequest() {
        assertThat(ada.post("/account/marketing", "marketing", "maybe")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(optIn()).isFalse();
    }

    @Test
    void formsWithoutOrWithAForgedCsrfTokenAreRefused() {
        assertThat(mvc.post().uri("/account/profile").cookie(ada.session()).param("displayName", "Eve"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/account/marketing").cookie(ada.session(), ada.csrf().cookie())
                .param("_csrf", "x" + ada.csrf().token()).param("marketing", "true")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(displayName()).isEqualTo("Ada Lovelace");
        assertThat(optIn()).isFalse();
    }

    @Test
    void aSessionWhoseAccountIsGoneIsSignedOut() {
        jdbc.sql("delete from users.account where id = ?").param(ada.id()).update();

        assertThat(ada.get("/account")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login");
        assertThat(ada.get("/account/addresses").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void theHeaderLinksToTheAccount() {
        assertThat(ada.get("/")).bodyText().contains("href=\"/account\"");
    }

    private String displayName() {
        return jdbc.sql("select display_name from users.account where id = ?").param(ada.id()).query(String.class).single();
    }

    private boolean optIn() {
        return jdbc.sql("select marketing_opt_in from users.account where id = ?").param(ada.id()).query(Boolean.class).single();
    }

    private Boolean preference() {
        return jdbc.sql("select marketing from notification.preference where recipient = ?").param(ada.email())
                .query(Boolean.class).optional().orElse(null);
    }
}
