package shop.user.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import testsupport.Forms;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;
import testsupport.TestApiKeys;
import testsupport.TestCustomers;
import testsupport.TestCustomers.Customer;

/**
 * API keys from creation to revocation: shown once, stored as a hash, refused with problem details when
 * missing, malformed, unknown, revoked or of a locked or deleted account, and limited by their scope.
 */
@ShopIntegrationTest
class ApiKeyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    Customer customer;
    Cookie session;

    @BeforeEach
    void signInACustomer() {
        customer = TestCustomers.create(jdbc, encoder);
        session = Forms.signIn(mvc, customer.email(), customer.password());
    }

    @Test
    void aNewKeyIsShownOnceAndStoredOnlyAsItsHash() {
        MvcTestResult created = create("Stock sync", "catalog:read");
        assertThat(created).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String key = newKeyIn(created);
        assertThat(key).matches("shop_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");

        Map<String, Object> row = jdbc.sql("select * from users.api_key where account_id = ?").param(customer.id())
                .query().singleRow();
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(key.substring(18)));
        assertThat(HexFormat.of().formatHex((byte[]) row.get("secret_hash")))
                .isEqualTo(HexFormat.of().formatHex(ApiKeyToken.sha256(key)));
        assertThat(row.get("lookup")).isEqualTo(key.substring(5, 17));

        String list = body(page("/account/api-keys"));
        assertThat(list).contains("Stock sync", key.substring(0, 17) + "_…", "catalog:read").doesNotContain(key);
        assertThat(jdbc.sql("select details from users.audit_entry where target_id = ? and action = 'api-key-created'")
                .param(customer.id()).query(String.class).single()).contains("Stock sync", "catalog:read");
    }

    @Test
    void aCustomerKeyReadsTheCatalogAndItsOwnAccountWithoutCookies() {
        String key = issue("customer");

        var categories = mvc.get().uri("/api/v1/categories").header("X-API-Key", key).exchange();
        assertThat(categories).hasStatusOk();
        assertThat(categories.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(mvc.get().uri("/api/v1/account").header("X-API-Key", key))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.email", email -> assertThat(email).asString().isEqualTo(customer.email()))
                .hasPathSatisfying("$.id", id -> assertThat(id).asNumber().isEqualTo((int) customer.id()))
                .hasPathSatisfying("$.name", name -> assertThat(name).asString().isEqualTo(customer.name()))
                .hasPathSatisfying("$.verified", verified -> assertThat(verified).isEqualTo(true));
        assertThat(jdbc.sql("select last_used_at is not null from users.api_key where account_id = ?")
                .param(customer.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aSessionCookieDoesNotOpenTheApi() {
        assertThat(mvc.get().uri("/api/v1/account").cookie(session)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void withoutAKeyTheApiAnswers401ProblemDetails() {
        assertThat(mvc.get().uri("/api/v1/products").accept(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"X-API-Key\"")
                .bodyJson()
                .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("API key required"))
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo(401))
                .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("X-API-Key", "/account/api-keys"))
                .hasPathSatisfying("$.instance", instance -> assertThat(instance).isEqualTo("/api/v1/products"));
    }

    static List<String> malformedKeys() {
        String lookup = "shop_0123456789ab_";
        return List.of("", " ", "nonsense", "shop_", lookup, "Bearer " + lookup + "a".repeat(43),
                "shop_0123456789AB_" + "a".repeat(43), lookup + "a".repeat(42) + "!", lookup + "a".repeat(42),
                lookup + "a".repeat(44), lookup + "a".repeat(42) + "ä", "shop-0123456789ab-" + "a".repeat(43),
                "' or 1=1 --", "<script>alert(1)</script>", "shop_0123456789ab_' or '1'='1");
    }

    @ParameterizedTest
    @MethodSource("malformedKeys")
    void malformedKeysAreRefusedWithProblemDetails(String presented) {
        assertThat(mvc.get().uri("/api/v1/categories").header("X-API-Key", presented))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("API key not accepted"))
                .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString()
                        .contains("does not hold a Shop API key").doesNotContain("<script>"));
    }

    @Test
    void anOverlongHeaderIsRefusedWithoutBeingLookedUp() {
        assertThat(mvc.get().uri("/api/v1/categories").header("X-API-Key", "shop_" + "a".repeat(6000)))
                .hasStatus(HttpStatus.UNAUTHORIZED).bodyJson()
                .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("does not hold a Shop API key"));
    }

    @Test
    void aWellFormedButUnknownOrAlteredKeyIsNotValid() {
        String key = issue("catalog:read");
        char last = key.charAt(key.length() - 1);
        String altered = key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');
        String unknown = "shop_" + "f".repeat(12) + key.substring(17);

        for (String presented : List.of(altered, unknown)) {
            assertThat(mvc.get().uri("/api/v1/categories").header("X-API-Key", presented))
                    .hasStatus(HttpStatus.UNAUTHORIZED).bodyJson()
                    .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("This API key is not valid"));
        }
        assertThat(mvc.get().uri("/api/v1/categories").header("X-API-Key", key)).hasStatusOk();
    }

    @Test
    void twoKeyHeadersAreRefused() {
        String key = issue("catalog:read");

        assertThat(mvc.get().uri("/api/v1/categories").header("X-API-Key", key, key))
                .hasStatus(HttpStatus.UNAUTHORIZED).bodyJson()
                .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("Send one X-API-Key header"));
    }

    @Test
    void aKeyWithTooNarrowAScopeGets403ProblemDetails() {
        String key = issue("catalog:read");

        for (var request : List.of(mvc.get().uri("/api/v1/account"), mvc.get().uri("/api/v1/account/api-keys"),
                mvc.delete().uri("/api/v1/account/api-keys/1"), mvc.get().uri("/api/v1/admin/anything"))) {
            assertThat(request.header("X-API-Key", key))
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson()
                    .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Scope too narrow"))
                    .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("(catalog:read)"));
        }
        assertThat(jdbc.sql("select count(*) from users.api_key where account_id = ? and revoked_at is null")
                .param(customer.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRevokedKeyIsRefused() {
        String key = issue("customer");
        long id = keyIdOf(key);
        Forms.Csrf csrf = Forms.csrfFrom(mvc, "/login");

        assertThat(page("/account/api-keys/" + id + "/revoke")).hasStatusOk().bodyText().contains("Revoke “test key”?");
        assertThat(mvc.post().uri("/account/api-keys/{id}/revoke", id).cookie(session, csrf.cookie()).param("_csrf", csrf.token()))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/api-keys");

        assertThat(mvc.get().uri("/api/v1/categories").header("X-API-Key", key))
                .hasStatus(HttpStatus.UNAUTHORIZED).bodyJson()
                .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("was revoked"));
        assertThat(body(page("/account/api-keys"))).doesNotContain(key.substring(0, 17)).contains("You have no API keys.");
        assertThat(page("/account/api-keys/" + id + "/revoke")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theKeysOfALockedAccountStopWorkingAndWorkAgainWhenUnlocked() {
        String key = issue("customer");

        inTheBackOffice(customer.id(), "lock");
        assertThat(mvc.get().uri("/api/v1/account").header("X-API-Key", key))
                .hasStatus(HttpStatus.UNAUTHORIZED).bodyJson()
                .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("is locked"));

        inTheBackOffice(customer.id(), "unlock");
        assertThat(mvc.get().uri("/api/v1/account").header("X-API-Key", key)).hasStatusOk();
    }

    @Test
    void theKeysOfADeletedAccountStopWorking() {
        String key = issue("customer");

        // the account's row alone: the key's own row goes only when the keys hear CustomerDeleted (PrivacyTests)
        jdbc.sql("delete from users.account where id = ?").param(customer.id()).update();

        assertThat(jdbc.sql("select count(*) from users.api_key where account_id = ?").param(customer.id())
                .query(Long.class).single()).isOne();
        assertThat(mvc.get().uri("/api/v1/account").header("X-API-Key", key))
                .hasStatus(HttpStatus.UNAUTHORIZED).bodyJson()
                .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("not valid"));
    }

    @Test
    void aCustomerCannotCreateAnAdminKey() {
        assertThat(create("sneaky", "admin")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Only admins can create keys with the admin scope.").doesNotContain("id=\"new-key\"")
                .contains("value=\"sneaky\"");
        assertThat(body(page("/account/api-keys"))).doesNotContain("value=\"admin\"");
        assertThat(keysOfCustomer()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "line\nbreak", "tab\there", "\u0000"})
    void blankOrControlCharacterNamesAreRefused(String name) {
        assertThat(create(name, "catalog:read")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .containsAnyOf("Give the key a name", "without line breaks or control characters")
                .contains("aria-invalid=\"true\"");
        assertThat(keysOfCustomer()).isZero();
    }

    @Test
    void overlongNamesAndUnknownScopesAreRefused() {
        assertThat(create("x".repeat(101), "catalog:read")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Use at most 100 characters for the name.");
        assertThat(create("ok", "everything")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Choose what the key may do.");
        assertThat(create("ok", "")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(keysOfCustomer()).isZero();
        assertThat(create("x".repeat(100), "catalog:read")).hasStatusOk();
    }

    @Test
    void scriptTagsInNamesAreShownAsText() {
        String name = "<script>alert('key')</script>";
        assertThat(create(name, "catalog:read")).hasStatusOk().bodyText()
                .doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;key&#39;)&lt;/script&gt;");
        assertThat(body(page("/account/api-keys"))).doesNotContain("<script>alert").contains("&lt;script&gt;");
        String key = TestApiKeys.issue(mvc, session, "ok", "customer");
        assertThat(mvc.get().uri("/api/v1/account/api-keys").header("X-API-Key", key)).hasStatusOk()
                .bodyJson().hasPathSatisfying("$[1].name", stored -> assertThat(stored).isEqualTo(name));
    }

    @Test
    void anAccountHasAtMostTwentyWorkingKeys() {
        for (int i = 1; i <= ApiKeys.MAX_ACTIVE_KEYS; i++) {
            assertThat(create("key " + i, "catalog:read")).hasStatusOk();
        }
        assertThat(create("one too many", "catalog:read")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("You have 20 keys already; revoke one you no longer use first.");
        assertThat(keysOfCustomer()).isEqualTo(ApiKeys.MAX_ACTIVE_KEYS);
    }

    @Test
    void formsWithoutOrWithAForgedCsrfTokenChangeNothing() {
        Forms.Csrf csrf = Forms.csrfFrom(mvc, "/login");
        assertThat(mvc.post().uri("/account/api-keys").cookie(session).param("name", "x").param("scope", "catalog:read"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/account/api-keys").cookie(session, csrf.cookie()).param("_csrf", "forged" + csrf.token())
                .param("name", "x").param("scope", "catalog:read"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(keysOfCustomer()).isZero();
    }

    @Test
    void guestsAreSentToSignIn() {
        assertThat(mvc.get().uri("/account/api-keys").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    @Test
    void aKeyListsAndRevokesItsOwnAccountsKeysThroughTheApi() {
        String first = issue("customer");
        String second = TestApiKeys.issue(mvc, session, "second", "catalog:read");
        long secondId = keyIdOf(second);

        assertThat(mvc.get().uri("/api/v1/account/api-keys").header("X-API-Key", first)).hasStatusOk()
                .bodyText().contains("\"second\"", "\"test key\"", "\"scope\":\"catalog:read\"", "\"prefix\":\"" + second.substring(0, 17))
                .doesNotContain(second.substring(18), first.substring(18), "secret");
        assertThat(mvc.delete().uri("/api/v1/account/api-keys/{id}", secondId).header("X-API-Key", first))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/categories").header("X-API-Key", second)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.delete().uri("/api/v1/account/api-keys/{id}", secondId).header("X-API-Key", first))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.delete().uri("/api/v1/account/api-keys/abc").header("X-API-Key", first))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);

        // a key may revoke itself; the next request with it is refused
        assertThat(mvc.delete().uri("/api/v1/account/api-keys/{id}", keyIdOf(first)).header("X-API-Key", first))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/account").header("X-API-Key", first)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aCustomersKeyNeverReachesAnotherCustomersKeys() {
        String mine = issue("customer");
        Customer other = TestCustomers.create(jdbc, encoder);
        Cookie otherSession = Forms.signIn(mvc, other.email(), other.password());
        String theirs = TestApiKeys.issue(mvc, otherSession, "theirs", "customer");
        long theirId = keyIdOf(theirs);
        Forms.Csrf csrf = Forms.csrfFrom(mvc, "/login");

        assertThat(mvc.get().uri("/api/v1/account/api-keys").header("X-API-Key", mine)).hasStatusOk()
                .bodyText().doesNotContain("theirs", theirs.substring(0, 17));
        assertThat(mvc.get().uri("/api/v1/account").header("X-API-Key", mine)).hasStatusOk()
                .bodyText().doesNotContain(other.email());
        assertThat(mvc.delete().uri("/api/v1/account/api-keys/{id}", theirId).header("X-API-Key", mine))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(page("/account/api-keys/" + theirId + "/revoke")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/account/api-keys/{id}/revoke", theirId).accept(MediaType.TEXT_HTML)
                .cookie(session, csrf.cookie()).param("_csrf", csrf.token()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(body(page("/account/api-keys"))).doesNotContain("theirs");

        assertThat(mvc.get().uri("/api/v1/account").header("X-API-Key", theirs)).hasStatusOk()
                .bodyText().contains(other.email());
        assertThat(jdbc.sql("select count(*) from users.audit_entry where target_id = ? and action = 'api-key-revoked'")
                .param(other.id()).query(Long.class).single()).isZero();
    }

    @Test
    void anAdminKeyReachesTheAdminApiOnlyWhileItsHolderIsAnAdmin() {
        Customer admin = TestCustomers.createAdmin(jdbc, encoder);
        String key = TestApiKeys.issue(mvc, admin.email(), admin.password(), "ops", "admin");

        assertThat(mvc.get().uri("/api/v1/admin/nothing-here").header("X-API-Key", key)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/account").header("X-API-Key", key)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/categories").header("X-API-Key", key)).hasStatusOk();

        inTheBackOffice(admin.id(), "revoke-admin");

        assertThat(mvc.get().uri("/api/v1/admin/nothing-here").header("X-API-Key", key)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/account").header("X-API-Key", key)).hasStatusOk();
    }

    private MvcTestResult create(String name, String scope) {
        Forms.Csrf csrf = Forms.csrfFrom(mvc, "/login");
        return mvc.post().uri("/account/api-keys").accept(MediaType.TEXT_HTML).cookie(session, csrf.cookie())
                .param("_csrf", csrf.token()).param("name", name).param("scope", scope).exchange();
    }

    private String issue(String scope) {
        return TestApiKeys.issue(mvc, session, "test key", scope);
    }

    private MvcTestResult page(String uri) {
        return mvc.get().uri(uri).accept(MediaType.TEXT_HTML).cookie(session).exchange();
    }

    private long keyIdOf(String key) {
        return jdbc.sql("select id from users.api_key where lookup = ?").param(key.substring(5, 17)).query(Long.class).single();
    }

    private long keysOfCustomer() {
        return jdbc.sql("select count(*) from users.api_key where account_id = ?").param(customer.id()).query(Long.class).single();
    }

    private static String newKeyIn(MvcTestResult result) {
        var matcher = java.util.regex.Pattern.compile("id=\"new-key\"[^>]*value=\"(shop_[^\"]+)\"").matcher(body(result));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bootstrapped admin makes a change to the account in the back office, as an admin would. */
    private void inTheBackOffice(long accountId, String change) {
        Cookie admin = Forms.signIn(mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        var csrf = Forms.csrfFrom(mvc, "/login");
        assertThat(mvc.post().uri("/admin/users/{id}/{change}", accountId, change).cookie(admin, csrf.cookie())
                .param("_csrf", csrf.token())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/users/" + accountId);
    }
}
