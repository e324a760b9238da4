package shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import testsupport.ShopIntegrationTest;
import testsupport.TestApiKeys;

/**
 * Each module states the access rules of its own URLs, and the shop honours them next to the app-wide ones: the
 * user module keeps the account pages for signed-in people but opens the ones guests need, and asks its API for
 * scope {@code customer}; the catalog asks its API for a key.
 */
@ShopIntegrationTest
class ModuleUrlRulesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ConfigurableListableBeanFactory beans;

    @Test
    void theUserModulesRuleSendsGuestsToSignInFromAccountPagesButOpensThoseGuestsNeed() {
        // some of these pages would fail for a guest without the rule: nothing else stops one reaching them
        for (String page : new String[] {"/account", "/account/addresses", "/account/api-keys", "/account/data",
                "/account/password", "/account/email", "/account/delete"}) {
            assertThat(mvc.get().uri(page).accept(MediaType.TEXT_HTML)).as(page)
                    .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        }

        assertThat(mvc.get().uri("/account/deleted").accept(MediaType.TEXT_HTML)).hasStatusOk();
        assertThat(mvc.get().uri("/account/addresses/picker").accept(MediaType.TEXT_HTML)).hasStatusOk();
        assertThat(mvc.get().uri("/account/verify").param("token", "not-a-token").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theUserModulesRuleAsksItsApiForScopeCustomerWhileTheCatalogsTakesAnyKey() {
        String catalogReader = TestApiKeys.catalogReader(mvc, jdbc, passwords);

        assertThat(mvc.get().uri("/api/v1/categories").header("X-API-Key", catalogReader)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/account").header("X-API-Key", catalogReader))
                .hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("Scope too narrow");
        assertThat(mvc.get().uri("/api/v1/products")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void addressesNoModuleClaimsFollowTheAppWideRules() {
        String catalogReader = TestApiKeys.catalogReader(mvc, jdbc, passwords);

        assertThat(mvc.get().uri("/api/v1/no-such-thing").header("X-API-Key", catalogReader))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/admin/anything").header("X-API-Key", catalogReader))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v2/products").header("X-API-Key", catalogReader))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    @Test
    void everyUrlRuleIsDeclaredByTheModuleWhoseUrlsItGuards() throws NoSuchMethodException {
        var ruleType = ResolvableType.forMethodParameter(
                HttpSecurity.class.getMethod("authorizeHttpRequests", Customizer.class), 0);

        var declaredBy = Arrays.stream(beans.getBeanNamesForType(ruleType))
                .map(name -> beans.getType(beans.getBeanDefinition(name).getFactoryBeanName()).getName())
                .toList();

        assertThat(declaredBy).contains("shop.user.UserUrlRules", "shop.catalog.CatalogUrlRules")
                .allMatch(type -> type.matches("shop\\.[a-z]+\\.[A-Za-z]+UrlRules"), "a module's *UrlRules");
    }
}
