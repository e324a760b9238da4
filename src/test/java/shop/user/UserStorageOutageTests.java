package shop.user;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import shop.user.registration.Customers;
import testsupport.Forms;
import testsupport.ShopIntegrationTest;

/**
 * The user storage really fails (its schema disappears for the app): signed-in shoppers and guests keep
 * browsing, while signing in, registering and account pages say "temporarily unavailable", never "wrong
 * password" or an error page.
 */
@ShopIntegrationTest
class UserStorageOutageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext context;

    @Test
    void withTheUserStorageDownShoppersKeepBrowsingAndAccountsSayTheyAreUnavailable() {
        String email = Customers.uniqueEmail("outage");
        Customers.confirmed(context, email, "Still Here");
        Cookie session = Forms.signIn(mvc, email, Customers.PASSWORD);
        String product = jdbc.sql("select slug from catalog.product where status = 'PUBLISHED' order by id limit 1")
                .query(String.class).single();
        var visitor = new Visitor(mvc, jdbc);

        withUserStorageDown(() -> {
            for (String path : new String[] {"/", "/c/clothing", "/p/" + product}) {
                assertThat(mvc.get().uri(path).cookie(session)).as(path).hasStatusOk().bodyText()
                        .contains(email, "Sign out");
                assertThat(mvc.get().uri(path)).as(path).hasStatusOk().bodyText().contains("Sign in", "Register");
            }

            var signIn = visitor.signIn(email, Customers.PASSWORD);
            assertThat(signIn).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
            assertThat(visitor.follow(signIn)).hasStatusOk().bodyText()
                    .contains("Signing in is temporarily unavailable").doesNotContain("do not match");

            assertThat(mvc.get().uri("/register").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                    .bodyText().contains("Accounts are temporarily unavailable", "Skip to content");
            assertThat(visitor.register("New Person", Customers.uniqueEmail("during"), Customers.PASSWORD))
                    .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).bodyText().contains("Accounts are temporarily unavailable");
            assertThat(visitor.post("/password/forgot", "email", email))
                    .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).bodyText().contains("Accounts are temporarily unavailable");
            assertThat(mvc.get().uri("/account/password").cookie(session))
                    .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).bodyText().contains("Accounts are temporarily unavailable");
            assertThat(mvc.get().uri("/account/password").cookie(session).header("HX-Request", "true"))
                    .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).bodyText()
                    .contains("Accounts are temporarily unavailable").doesNotContain("Skip to content");
        });

        assertThat(new Visitor(mvc, jdbc).signIn(email, Customers.PASSWORD)).redirectedUrl().isEqualTo("/");
        assertThat(mvc.get().uri("/register")).hasStatusOk();
    }

    /** Renames the schema away, as if the user storage were down, and back whatever happens. */
    private void withUserStorageDown(Runnable checks) {
        jdbc.sql("alter schema users rename to users_unavailable").update();
        try {
            checks.run();
        } finally {
            jdbc.sql("alter schema users_unavailable rename to users").update();
        }
    }
}
