package shop.user.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import testsupport.Forms;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;
import testsupport.TestCustomers;
import testsupport.TestCustomers.Customer;

/**
 * The back office's accounts: search, filters and pages; one account with its addresses; locking,
 * unlocking and the admin role with their guards; the audit log; and who may do any of it.
 */
@ShopIntegrationTest
class UsersAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccountAdministration administration;

    Customer admin;
    Cookie adminSession;
    Forms.Csrf csrf;

    @BeforeEach
    void signInAFreshAdmin() {
        admin = TestCustomers.createAdmin(jdbc, encoder);
        adminSession = Forms.signIn(mvc, admin.email(), admin.password());
        csrf = Forms.csrfFrom(mvc, "/login");
    }

    @Test
    void findsAccountsByEmailOrNameAndFiltersByStatus() {
        String marker = "zq" + System.nanoTime();
        Customer active = TestCustomers.create(jdbc, encoder, marker + "-active", false);
        Customer locked = TestCustomers.create(jdbc, encoder, marker + "-locked", false);
        Customer unverified = TestCustomers.create(jdbc, encoder, marker + "-unverified", false);
        Customer otherAdmin = TestCustomers.create(jdbc, encoder, marker + "-admin", true);
        jdbc.sql("update users.account set locked_at = now() where id = ?").param(locked.id()).update();
        jdbc.sql("update users.account set email_verified_at = null where id = ?").param(unverified.id()).update();
        jdbc.sql("update users.account set display_name = ? where id = ?").params("Grace " + marker, active.id()).update();

        assertThat(list("q", marker)).contains("4</span> <span>accounts", active.email(), locked.email(),
                unverified.email(), otherAdmin.email());
        assertThat(list("q", "grace " + marker.toUpperCase())).contains("1</span> <span>account<", active.email());
        assertThat(list("q", marker, "status", "LOCKED")).contains(locked.email(), "badge--locked")
                .doesNotContain(active.email(), unverified.email(), otherAdmin.email());
        assertThat(list("q", marker, "status", "UNVERIFIED")).contains(unverified.email())
                .doesNotContain(active.email(), locked.email());
        assertThat(list("q", marker, "status", "ADMIN")).contains(otherAdmin.email())
                .doesNotContain(active.email(), locked.email(), unverified.email());
        assertThat(list("q", marker, "status", "ACTIVE")).contains(active.email(), otherAdmin.email())
                .doesNotContain(locked.email(), unverified.email());
    }

    @Test
    void htmxGetsTheResultsWithoutThePageAround() {
        assertThat(mvc.get().uri("/admin/users").param("q", admin.email()).header("HX-Request", "true").cookie(adminSession))
                .hasStatusOk().bodyText()
                .contains("id=\"results\"", admin.email())
                .doesNotContain("Skip to content", "<h1>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "1", "999999", "9223372036854775807"})
    void outOfRangePagesShowTheNearestPage(String page) {
        assertThat(mvc.get().uri("/admin/users").param("page", page).cookie(adminSession)).hasStatusOk()
                .bodyText().contains("<h1>Users</h1>", "class=\"data-table\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "99999999999999999999", "1.5"})
    void pagesThatAreNotNumbersAreBadRequests(String page) {
        assertThat(mvc.get().uri("/admin/users").param("page", page).accept(MediaType.TEXT_HTML).cookie(adminSession))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/admin/users").param("status", "EVERYONE").accept(MediaType.TEXT_HTML).cookie(adminSession))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void hostileAndOverlongSearchesAreHarmless() {
        assertThat(list("q", "\"><script>alert(1)</script>")).doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "No accounts");
        assertThat(list("q", "' or 1=1 --")).contains("No accounts");
        assertThat(list("q", "100%_")).contains("No accounts");
        assertThat(list("q", "x".repeat(201))).contains("Search for at most 200 characters.");
    }

    @Test
    void theAccountPageShowsProfileAddressesKeysAndStatus() {
        Customer customer = TestCustomers.create(jdbc, encoder);
        jdbc.sql("""
                insert into users.address (account_id, full_name, street, postcode, city, country, phone, default_shipping)
                values (?, 'Ada <b>Lovelace</b>', '12 St James''s Square', 'SW1Y 4JH', 'London', 'GB', '+44 20 7946 0000', true)""")
                .param(customer.id()).update();

        assertThat(page("/admin/users/" + customer.id())).hasStatusOk().bodyText()
                .contains("<h1>" + customer.email() + "</h1>", customer.name(), "Confirmed", "Active", "Customer",
                        "Ada &lt;b&gt;Lovelace&lt;/b&gt;", "12 St James&#39;s Square", "SW1Y 4JH London", "Default shipping",
                        "No working API keys.", "No admin has changed this account yet.", "Lock…", "Make admin…")
                .doesNotContain("Unlock…", "Remove admin role…");
        jdbc.sql("update users.account set email_verified_at = null where id = ?").param(customer.id()).update();
        assertThat(page("/admin/users/" + customer.id())).bodyText().contains("Not confirmed", "Unverified");
    }

    @Test
    void unknownAccountsAndChangesAreNotFound() {
        assertThat(page("/admin/users/999999999")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(page("/admin/users/999999999/lock")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/admin/users/999999999/lock")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(page("/admin/users/" + admin.id() + "/delete")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/admin/users/" + admin.id() + "/delete")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(page("/admin/users/abc")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void lockingAsksFirstThenEndsTheSessionsRefusesSignInAndIsAudited() {
        Customer customer = TestCustomers.create(jdbc, encoder);
        Cookie customerSession = Forms.signIn(mvc, customer.email(), customer.password());
        assertThat(mvc.get().uri("/account/api-keys").cookie(customerSession)).hasStatusOk();

        assertThat(page("/admin/users/" + customer.id() + "/lock")).hasStatusOk().bodyText()
                .contains("Lock " + customer.email() + "?", "their open sessions end now", "name=\"_csrf\"");
        assertThat(isLocked(customer)).isFalse();

        assertThat(post("/admin/users/" + customer.id() + "/lock"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/users/" + customer.id());
        assertThat(isLocked(customer)).isTrue();

        // the open session is gone: the customer is a guest again
        assertThat(mvc.get().uri("/account/api-keys").cookie(customerSession).accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(signInAttempt(customer)).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/login")
                .isNotEqualTo("/");

        List<String> entry = jdbc.sql("""
                        select actor_email || '|' || actor_id || '|' || action || '|' || target_email || '|' || details
                        from users.audit_entry where target_id = ?""")
                .param(customer.id()).query(String.class).list();
        assertThat(entry).singleElement().asString()
                .startsWith(admin.email() + "|" + admin.id() + "|account-locked|" + customer.email() + "|Their 1 open session was ended");
        assertThat(page("/admin/users/" + customer.id())).bodyText()
                .contains("Locked the account", admin.email(), "Their 1 open session was ended", "Locked", "Unlock…")
                .doesNotContain("Lock…");
        assertThat(page("/admin/users/audit")).bodyText().contains("Locked the account", customer.email(), admin.email());

        assertThat(post("/admin/users/" + customer.id() + "/unlock")).hasStatus(HttpStatus.FOUND);
        assertThat(isLocked(customer)).isFalse();
        assertThat(signInAttempt(customer)).redirectedUrl().isEqualTo("/");
        assertThat(jdbc.sql("select action from users.audit_entry where target_id = ? order by id").param(customer.id())
                .query(String.class).list()).containsExactly("account-locked", "account-unlocked");
    }

    @Test
    void anAdminCannotLockThemselvesNorRemoveTheirOwnAdminRole() {
        assertThat(page("/admin/users/" + admin.id())).bodyText()
                .contains("This is your own account").doesNotContain("Lock…", "Remove admin role…");

        for (String change : List.of("lock", "revoke-admin")) {
            assertThat(page("/admin/users/" + admin.id() + "/" + change))
                    .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/users/" + admin.id());
            MvcTestResult refused = post("/admin/users/" + admin.id() + "/" + change);
            assertThat(refused).hasStatus(HttpStatus.FOUND).flash().containsKey("problem");
        }
        assertThat(post("/admin/users/" + admin.id() + "/lock")).flash().extractingByKey("problem")
                .isEqualTo("You cannot lock your own account.");
        assertThat(post("/admin/users/" + admin.id() + "/revoke-admin")).flash().extractingByKey("problem")
                .isEqualTo("You cannot remove your own admin role; ask another admin.");
        assertThat(jdbc.sql("select admin and locked_at is null from users.account where id = ?").param(admin.id())
                .query(Boolean.class).single()).isTrue();
        assertThat(auditEntriesAbout(admin)).isZero();
    }

    @Test
    void grantingAndRemovingTheAdminRoleIsAuditedAndEndsTheirSessions() {
        Customer customer = TestCustomers.create(jdbc, encoder);

        assertThat(page("/admin/users/" + customer.id() + "/grant-admin")).bodyText()
                .contains("Make " + customer.email() + " an admin?");
        assertThat(post("/admin/users/" + customer.id() + "/grant-admin")).flash().extractingByKey("notice").asString()
                .contains("is now an admin");
        assertThat(isAdmin(customer)).isTrue();

        Cookie theirSession = Forms.signIn(mvc, customer.email(), customer.password());
        assertThat(mvc.get().uri("/admin/users").cookie(theirSession)).hasStatusOk();

        assertThat(post("/admin/users/" + customer.id() + "/revoke-admin")).flash().extractingByKey("notice").asString()
                .contains("is no longer an admin", "Their 1 open session was ended");
        assertThat(isAdmin(customer)).isFalse();
        assertThat(mvc.get().uri("/admin/users").cookie(theirSession).accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(jdbc.sql("select action from users.audit_entry where target_id = ? order by id").param(customer.id())
                .query(String.class).list()).containsExactly("admin-granted", "admin-revoked");
        assertThat(post("/admin/users/" + customer.id() + "/revoke-admin")).flash().extractingByKey("problem")
                .isEqualTo(customer.email() + " is not an admin.");
    }

    @Test
    void anAdminWhoseRoleWasRemovedMeanwhileChangesNothing() {
        Customer target = TestCustomers.create(jdbc, encoder);
        jdbc.sql("update users.account set admin = false where id = ?").param(admin.id()).update();

        assertThat(post("/admin/users/" + target.id() + "/lock")).flash().extractingByKey("problem")
                .isEqualTo("Your account no longer has the admin role, so nothing was changed.");
        assertThat(isLocked(target)).isFalse();
        assertThat(auditEntriesAbout(target)).isZero();
    }

    @Test
    void twoAdminsRemovingEachOthersRoleAtOnceLeaveOneAdmin() throws Exception {
        Customer other = TestCustomers.createAdmin(jdbc, encoder);
        var start = new CountDownLatch(1);
        List<CompletableFuture<String>> attempts = new ArrayList<>();
        for (var pair : List.of(List.of(admin, other), List.of(other, admin))) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                    return administration.apply(pair.get(0).email(), pair.get(1).id(), AccountChange.REVOKE_ADMIN);
                } catch (AdministrationRefused refused) {
                    return "refused: " + refused.getMessage();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (var attempt : attempts) {
            outcomes.add(attempt.get(30, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("refused: ")).singleElement().asString()
                .contains("no longer has the admin role");
        assertThat(isAdmin(admin) ^ isAdmin(other)).as("exactly one of the two is still an admin").isTrue();
    }

    @Test
    void formsWithoutOrWithAForgedCsrfTokenChangeNothing() {
        Customer customer = TestCustomers.create(jdbc, encoder);

        assertThat(mvc.post().uri("/admin/users/{id}/lock", customer.id()).cookie(adminSession))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/users/{id}/lock", customer.id()).cookie(adminSession, csrf.cookie())
                .param("_csrf", "forged-" + csrf.token()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(isLocked(customer)).isFalse();
        assertThat(auditEntriesAbout(customer)).isZero();
    }

    @Test
    void customersAndGuestsCannotReachIt() {
        Customer customer = TestCustomers.create(jdbc, encoder);
        Cookie customerSession = Forms.signIn(mvc, customer.email(), customer.password());
        Forms.Csrf customerCsrf = Forms.csrfFrom(mvc, "/login");

        for (String uri : List.of("/admin/users", "/admin/users/" + customer.id(), "/admin/users/audit",
                "/admin/users/panel", "/admin/api-keys", "/admin/users/" + admin.id() + "/revoke-admin")) {
            assertThat(mvc.get().uri(uri).cookie(customerSession).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(uri).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND)
                    .redirectedUrl().endsWith("/login");
        }
        assertThat(mvc.post().uri("/admin/users/{id}/revoke-admin", admin.id()).cookie(customerSession, customerCsrf.cookie())
                .param("_csrf", customerCsrf.token())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(isAdmin(admin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "999999"})
    void theAuditLogPagesAndFiltersByAccount(String page) {
        Customer customer = TestCustomers.create(jdbc, encoder);
        administration.apply(admin.email(), customer.id(), AccountChange.LOCK);

        assertThat(mvc.get().uri("/admin/users/audit").param("page", page).cookie(adminSession)).hasStatusOk()
                .bodyText().contains("<h1>Audit log</h1>", "Locked the account");
        assertThat(mvc.get().uri("/admin/users/audit").param("user", String.valueOf(customer.id())).cookie(adminSession))
                .hasStatusOk().bodyText().contains("1</span> <span>entry", customer.email(), "Locked the account");
        assertThat(mvc.get().uri("/admin/users/audit").param("user", "abc").accept(MediaType.TEXT_HTML).cookie(adminSession))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theDashboardPanelCountsAccounts() {
        long locked = jdbc.sql("select count(*) from users.account where locked_at is not null").query(Long.class).single();

        assertThat(mvc.get().uri("/admin/users/panel").header("HX-Request", "true").cookie(adminSession)).hasStatusOk()
                .bodyText().contains("<h2 id=\"users-heading\">Users</h2>", ">" + locked + "</strong>", "locked")
                .doesNotContain("Skip to content");
        assertThat(mvc.get().uri("/admin").cookie(adminSession)).bodyText().contains("hx-get=\"/admin/users/panel\"");
        assertThat(mvc.get().uri("/admin").cookie(adminSession)).bodyText().contains("href=\"/admin/users\"");
    }

    private String list(String... parameters) {
        var request = mvc.get().uri("/admin/users").accept(MediaType.TEXT_HTML).cookie(adminSession);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private MvcTestResult page(String uri) {
        return mvc.get().uri(uri).accept(MediaType.TEXT_HTML).cookie(adminSession).exchange();
    }

    private MvcTestResult post(String uri) {
        return mvc.post().uri(uri).accept(MediaType.TEXT_HTML).cookie(adminSession, csrf.cookie())
                .param("_csrf", csrf.token()).exchange();
    }

    private MvcTestResult signInAttempt(Customer customer) {
        Forms.Csrf login = Forms.csrfFrom(mvc, "/login");
        return mvc.post().uri("/login").cookie(login.cookie()).param("_csrf", login.token())
                .param("username", customer.email()).param("password", customer.password()).exchange();
    }

    private boolean isLocked(Customer customer) {
        return jdbc.sql("select locked_at is not null from users.account where id = ?").param(customer.id())
                .query(Boolean.class).single();
    }

    private boolean isAdmin(Customer customer) {
        return jdbc.sql("select admin from users.account where id = ?").param(customer.id()).query(Boolean.class).single();
    }

    private long auditEntriesAbout(Customer customer) {
        return jdbc.sql("select count(*) from users.audit_entry where target_id = ?").param(customer.id())
                .query(Long.class).single();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
