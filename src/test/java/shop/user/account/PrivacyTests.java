package shop.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.user.SignedInCustomer;
import shop.user.addresses.AddressBook;
import shop.user.events.CustomerDeleted;
import testsupport.Forms;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;
import testsupport.TestCustomers;

/**
 * Privacy: "Download my data" gives the customer's own data and nobody else's, never the password hash;
 * "Delete my account" needs the current password, removes the account and its addresses, signs the person
 * out everywhere, and the notification module anonymises what it holds. Admins the shop cannot do without
 * are not deleted.
 */
@ShopIntegrationTest
@EnableScenarios
class PrivacyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AddressBook book;

    @Autowired
    JsonMapper json;

    SignedInCustomer ada;

    @BeforeEach
    void signIn() {
        ada = SignedInCustomer.signUp(mvc, jdbc, passwords, "Ada Lovelace");
    }

    @Test
    void theExportHoldsTheCustomersProfileConsentAndAddressesAndNothingElse() throws Exception {
        addAddress(ada, "Ada Lovelace", "12 Example Street", "10115", "Berlin", "DE", "+49 30 1234567");
        addAddress(ada, "Ada King", "1 Ockham Park", "KT24 6QZ", "Ockham", "GB", null);
        assertThat(ada.post("/account/marketing", "marketing", "true")).hasStatus3xxRedirection();
        SignedInCustomer eve = SignedInCustomer.signUp(mvc, jdbc, passwords, "Eve Intruder");
        addAddress(eve, "Eve Intruder", "666 Other Road", "10117", "Berlin", "DE", null);

        var response = ada.send(ada.get("/account/data")).getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(response.getHeader("Content-Disposition")).matches("attachment; filename=\"shop-personal-data-\\d{4}-\\d{2}-\\d{2}\\.json\"");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("bcrypt", "password_hash", "passwordHash", "$2a$", eve.email(), "Eve Intruder", "666 Other Road");

        JsonNode data = json.readTree(body);
        assertThat(fieldNames(data)).containsExactly("about", "exportedAt", "profile", "marketing", "addresses");
        assertThat(data.get("about").asString()).contains("Orders", "added");
        JsonNode profile = data.get("profile");
        assertThat(fieldNames(profile)).containsExactlyInAnyOrder("accountId", "email", "displayName", "admin", "createdAt",
                "emailVerifiedAt", "credentialsChangedAt", "lockedAt");
        assertThat(profile.get("accountId").asLong()).isEqualTo(ada.id());
        assertThat(profile.get("email").asString()).isEqualTo(ada.email());
        assertThat(profile.get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(Instant.parse(profile.get("createdAt").asString())).isBefore(Instant.now());
        assertThat(data.get("marketing").get("consented").asBoolean()).isTrue();
        assertThat(Instant.parse(data.get("marketing").get("changedAt").asString())).isBefore(Instant.now());

        JsonNode addresses = data.get("addresses");
        assertThat(addresses).hasSize(2);
        assertThat(addresses.get(0).get("street").asString()).isEqualTo("12 Example Street");
        assertThat(addresses.get(0).get("countryName").asString()).isEqualTo("Germany");
        assertThat(addresses.get(0).get("defaultShipping").asBoolean()).isTrue();
        assertThat(addresses.get(1).get("fullName").asString()).isEqualTo("Ada King");
        assertThat(addresses.get(1).get("phone").isNull()).isTrue();
        assertThat(addresses.get(1).get("updatedAt").asString()).isNotBlank();
    }

    @Test
    void theConfirmationPageAsksForThePassword() {
        assertThat(ada.get("/account/delete")).hasStatusOk().bodyText()
                .contains("Delete your account?", ada.email(), "autocomplete=\"current-password\"", "Delete my account");
    }

    @Test
    void aWrongMissingOrHostilePasswordDeletesNothing() {
        for (String password : new String[] {"", "wrong password", "' OR '1'='1", "x".repeat(5_000), TestCustomers.PASSWORD + "\u200b"}) {
            assertThat(ada.post("/account/delete", "password", password)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                    .containsAnyOf("That is not your current password.", "Enter your current password")
                    .contains("id=\"password-error\"");
        }
        assertThat(mvc.post().uri("/account/delete").cookie(ada.session()).param("password", TestCustomers.PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accountExists(ada.id())).isTrue();
        assertThat(ada.get("/account")).hasStatusOk();
    }

    @Test
    void deletingTheAccountRemovesItsDataSignsOutEverywhereAndIsAnnounced(Scenario scenario) {
        addAddress(ada, "Ada Lovelace", "12 Example Street", "10115", "Berlin", "DE", null);
        Cookie otherBrowser = Forms.signIn(mvc, ada.email(), TestCustomers.PASSWORD);
        SignedInCustomer eve = SignedInCustomer.signUp(mvc, jdbc, passwords, "Eve");
        addAddress(eve, "Eve", "1 Other Road", "10117", "Berlin", "DE", null);

        scenario.stimulate(() -> ada.send(ada.post("/account/delete", "password", TestCustomers.PASSWORD)))
                .andWaitForEventOfType(CustomerDeleted.class)
                .matching(event -> event.accountId() == ada.id())
                .toArriveAndVerify((event, result) -> {
                    assertThat(event.email()).isEqualTo(ada.email());
                    assertThat(event.deletedAt()).isBeforeOrEqualTo(Instant.now());
                    assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account/deleted");
                });

        assertThat(accountExists(ada.id())).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> addressesOf(ada.id()) == 0);
        assertThat(ada.get("/account").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/account").cookie(otherBrowser).accept(MediaType.TEXT_HTML))
                .hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/account/deleted")).hasStatusOk().bodyText().contains("Your account is deleted");
        var csrf = Forms.csrfFrom(mvc, "/login");
        assertThat(mvc.post().uri("/login").cookie(csrf.cookie()).param("_csrf", csrf.token())
                .param("username", ada.email()).param("password", TestCustomers.PASSWORD))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");

        assertThat(accountExists(eve.id())).isTrue();
        assertThat(book.of(eve.id())).hasSize(1);
        assertThat(eve.get("/account")).hasStatusOk();
    }

    @Test
    void eachFeatureRemovesTheDeletedAccountsRowsItselfAndHearingTheDeletionAgainChangesNothing(Scenario scenario) {
        addAddress(ada, "Ada Lovelace", "12 Example Street", "10115", "Berlin", "DE", null);
        assertThat(ada.post("/account/api-keys", "name", "Backup script", "scope", "catalog:read")).hasStatusOk();
        SignedInCustomer eve = SignedInCustomer.signUp(mvc, jdbc, passwords, "Eve");
        addAddress(eve, "Eve", "1 Other Road", "10117", "Berlin", "DE", null);
        assertThat(eve.post("/account/api-keys", "name", "Eve's script", "scope", "catalog:read")).hasStatusOk();
        assertThat(addressesOf(ada.id())).isOne();
        assertThat(keysOf(ada.id())).isOne();

        assertThat(ada.post("/account/delete", "password", TestCustomers.PASSWORD)).hasStatus3xxRedirection();

        // the address book and the API keys remove their own rows once they hear of the deletion
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(addressesOf(ada.id())).isZero();
            assertThat(keysOf(ada.id())).isZero();
            assertThat(unhandledEventsAbout(ada.email())).isZero();
        });

        // the registry hands the same event over again (after a crash, say): nothing fails, nobody else loses data
        scenario.publish(new CustomerDeleted(ada.id(), ada.email(), Instant.now()))
                .andWaitForStateChange(() -> unhandledEventsAbout(ada.email()), count -> count == 0);
        assertThat(addressesOf(ada.id())).isZero();
        assertThat(keysOf(ada.id())).isZero();
        assertThat(addressesOf(eve.id())).isOne();
        assertThat(keysOf(eve.id())).isOne();
        assertThat(eve.get("/account/addresses")).hasStatusOk().bodyText().contains("1 Other Road");
    }

    @Test
    void theNotificationModuleAnonymisesTheDeletedCustomersMessages() {
        long welcome = recordMessage(ada.email(), "Ada Lovelace", "SENT");
        long waiting = recordMessage(ada.email().toUpperCase(), "Ada Lovelace", "PENDING");
        String bystander = "bystander-" + ada.id() + "@example.com";
        long other = recordMessage(bystander, "Bea Bystander", "PENDING");
        jdbc.sql("insert into notification.preference (recipient, marketing) values (?, true)").param(ada.email()).update();

        assertThat(ada.post("/account/delete", "password", TestCustomers.PASSWORD)).hasStatus3xxRedirection();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(message(welcome).get("recipient"))
                .isEqualTo("(deleted customer)"));
        assertThat(message(welcome)).containsEntry("recipient_name", null).containsEntry("subject", "(deleted customer)")
                .containsEntry("body_text", "").containsEntry("body_html", null).containsEntry("status", "SENT");
        assertThat(message(waiting)).containsEntry("recipient", "(deleted customer)").containsEntry("status", "SKIPPED")
                .containsEntry("last_error", "Not sent: the recipient deleted their account");
        assertThat(message(other)).containsEntry("recipient", bystander).containsEntry("recipient_name", "Bea Bystander")
                .containsEntry("status", "PENDING");
        assertThat(jdbc.sql("select count(*) from notification.message where lower(recipient) = lower(?) or body_text like ?")
                .params(ada.email(), "%" + ada.email() + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notification.preference where recipient = ?").param(ada.email())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theBootstrappedAdminCannotDeleteThemselves() {
        Cookie admin = Forms.signIn(mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        var csrf = Forms.csrfFrom(mvc, "/login");

        assertThat(mvc.get().uri("/account/delete").cookie(admin)).hasStatusOk().bodyText()
                .contains("first admin account").doesNotContain("name=\"password\"");
        assertThat(mvc.post().uri("/account/delete").cookie(admin, csrf.cookie()).param("_csrf", csrf.token())
                .param("password", TestAccounts.ADMIN_PASSWORD))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("first admin account", "cannot be deleted");
        assertThat(jdbc.sql("select count(*) from users.account where email = ?").param(TestAccounts.ADMIN_EMAIL)
                .query(Long.class).single()).isOne();
    }

    @Test
    void anotherAdminMayGoButNotTheLastOne() {
        var second = TestCustomers.createAdmin(jdbc, passwords, "Second Admin");
        SignedInCustomer admin = SignedInCustomer.signIn(mvc, second);

        // with the bootstrapped admin as another admin, the second one may go
        assertThat(admin.get("/account/delete")).bodyText().contains("name=\"password\"");
        assertThat(admin.post("/account/delete", "password", TestCustomers.PASSWORD)).hasStatus3xxRedirection();
        assertThat(accountExists(second.id())).isFalse();

        // alone (the bootstrapped admin made a customer for the moment), an admin must stay
        var last = TestCustomers.createAdmin(jdbc, passwords, "Last Admin");
        SignedInCustomer lastAdmin = SignedInCustomer.signIn(mvc, last);
        List<Long> others = jdbc.sql("select id from users.account where admin and id <> ?").param(last.id()).query(Long.class).list();
        jdbc.sql("update users.account set admin = false where id in (:ids)").param("ids", others).update();
        try {
            assertThat(lastAdmin.post("/account/delete", "password", TestCustomers.PASSWORD))
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("You are the shop&#39;s only admin.");
            assertThat(accountExists(last.id())).isTrue();
        } finally {
            jdbc.sql("update users.account set admin = true where id in (:ids)").param("ids", others).update();
            // other tests count the shop's admins
            jdbc.sql("delete from users.account where id = ?").param(last.id()).update();
        }
    }

    private boolean accountExists(long id) {
        return jdbc.sql("select count(*) from users.account where id = ?").param(id).query(Long.class).single() == 1;
    }

    private long recordMessage(String recipient, String name, String status) {
        return jdbc.sql("""
                        insert into notification.message (dedup_key, channel, template, category, recipient, recipient_name,
                            subject, body_text, body_html, status, next_attempt_at)
                        values (?, 'MAIL', 'welcome', 'TRANSACTIONAL', ?, ?, ?, ?, ?, ?, case when ? = 'PENDING' then now() end)
                        returning id
                        """)
                .params("privacy-test:" + java.util.UUID.randomUUID(), recipient, name, "Welcome to Shop, " + name,
                        "Hello " + name + ", sign in with " + recipient, "<p>Hello " + name + "</p>", status, status)
                .query(Long.class).single();
    }

    private Map<String, Object> message(long id) {
        return jdbc.sql("select recipient, recipient_name, subject, body_text, body_html, status, last_error from notification.message where id = ?")
                .param(id).query().singleRow();
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    /** Adds an address through the address book's own form, as the customer would. */
    private static void addAddress(SignedInCustomer who, String fullName, String street, String postcode, String city,
            String country, String phone) {
        assertThat(who.post("/account/addresses", "fullName", fullName, "street", street, "postcode", postcode, "city", city,
                "country", country, "phone", phone == null ? "" : phone)).hasStatus3xxRedirection();
    }

    private long addressesOf(long accountId) {
        return jdbc.sql("select count(*) from users.address where account_id = ?").param(accountId).query(Long.class).single();
    }

    private long keysOf(long accountId) {
        return jdbc.sql("select count(*) from users.api_key where account_id = ?").param(accountId).query(Long.class).single();
    }

    /** Publications not yet completed (completed ones are deleted) whose event names {@code email}. */
    private long unhandledEventsAbout(String email) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?").param("%" + email + "%")
                .query(Long.class).single();
    }
}
